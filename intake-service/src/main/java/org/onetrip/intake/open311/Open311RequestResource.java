package org.onetrip.intake.open311;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.intake.cases.LookupRateLimiter;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.open311.Open311Format;
import org.onetrip.platform.security.Jurisdictions;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Open311 GeoReport v2 requests, in JSON and XML: a civic app (its api_key) posts a request for a service the
 * catalogue lists as {@code realtime}, and it is a case at once; anyone follows requests by id, service, period and
 * status, without personal data. The service list and definitions are the catalogue's ({@code /open311/v2/services}).
 */
@Path("/open311/v2")
@PermitAll
@Tag(name = "Open311 GeoReport v2", description = "requests.json|xml, requests/{id}.json|xml, tokens/{token}.json|xml")
public class Open311RequestResource {
    private final Open311Apps apps;
    private final Open311Service service;
    private final Open311Queries queries;
    private final LookupRateLimiter limiter;

    Open311RequestResource(Open311Apps apps, Open311Service service, Open311Queries queries, LookupRateLimiter limiter) {
        this.apps = apps;
        this.service = service;
        this.queries = queries;
        this.limiter = limiter;
    }

    @POST
    @Path("/requests.{format:json|xml}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Operation(summary = "Post a request", description = "Form fields as GeoReport v2: api_key, service_code, jurisdiction_id, last_name, "
            + "first_name, phone, email, attribute[APPLICANT_ID_NUMBER], attribute[<material code>], description, address_string, lat, long, "
            + "media_url. Opens the case at once: service_request_id is its number.")
    public Response post(@PathParam("format") String format, MultivaluedMap<String, String> form) {
        return Open311Format.list(xml(format), "service_requests", "request", List.of(submit(form)));
    }

    @GET
    @Path("/requests.{format:json|xml}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Operation(summary = "Requests", description = "jurisdiction_id (a jurisdiction code: its requests and those below it), "
            + "service_request_id (comma-separated), service_code, start_date, end_date (ISO 8601; the last 90 days by default), "
            + "status (open, closed); at most 1000, newest first. Rate limited per client like the progress look-up.")
    public Response requests(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction,
                             @QueryParam("service_request_id") String ids,
                             @QueryParam("service_code") String code, @QueryParam("start_date") String start,
                             @QueryParam("end_date") String end, @QueryParam("status") String status,
                             @Context HttpServerRequest request) {
        limiter.requireListing(request);
        Jurisdictions.requireValid("jurisdiction_id", jurisdiction);
        return Open311Format.list(xml(format), "service_requests", "request",
                queries.requests(filter(jurisdiction, ids, code, start, end, status)));
    }

    @GET
    @Path("/requests/{id}.{format:json|xml}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Operation(summary = "One request")
    public Response request(@PathParam("id") String id, @PathParam("format") String format) {
        return Open311Format.list(xml(format), "service_requests", "request", List.of(queries.request(id)));
    }

    @GET
    @Path("/tokens/{token}.{format:json|xml}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Operation(summary = "What a token became", description = "The request's id once it is a case (at once: the services are realtime).")
    public Response token(@PathParam("token") UUID token, @PathParam("format") String format) {
        return Open311Format.list(xml(format), "service_requests", "request", List.of(queries.token(token)));
    }

    private static boolean xml(String format) {
        return "xml".equals(format);
    }

    private Map<String, Object> submit(MultivaluedMap<String, String> form) {
        Open311App app = apps.authenticate(form.getFirst("api_key"));
        Open311Service.NewRequest request = new Open311Service.NewRequest(form.getFirst("service_code"),
                form.getFirst("jurisdiction_id"), form.getFirst("last_name"), form.getFirst("first_name"), form.getFirst("phone"), form.getFirst("email"),
                Open311Service.attributes(form), form.getFirst("description"), form.getFirst("address_string"),
                coordinate(form, "lat", 90), coordinate(form, "long", 180), form.getFirst("media_url"));
        return queries.created(service.submit(request, app));
    }

    private static Double coordinate(MultivaluedMap<String, String> form, String field, double limit) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double coordinate = Double.parseDouble(value.strip());
            if (Math.abs(coordinate) <= limit) {
                return coordinate;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid(List.of(new FieldViolation(field, "open311.invalid", value)));
    }

    private static Open311Queries.Filter filter(String jurisdiction, String ids, String code, String start, String end, String status) {
        try {
            return new Open311Queries.Filter(jurisdiction, ids == null ? List.of()
                    : Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    code, Open311Queries.parse(start), Open311Queries.parse(end),
                    status == null || status.isBlank() ? null : checkedStatus(status));
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(List.of(new FieldViolation("start_date/end_date", "open311.invalid", e.getParsedString())));
        }
    }

    private static String checkedStatus(String status) {
        if (!status.equals("open") && !status.equals("closed")) {
            throw ProblemException.invalid(List.of(new FieldViolation("status", "open311.invalid", status)));
        }
        return status;
    }
}
