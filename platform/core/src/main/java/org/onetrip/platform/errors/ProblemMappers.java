package org.onetrip.platform.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.onetrip.platform.open311.Open311Format;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns every failure of a request into an RFC 9457 problem, in the client's language. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** How long a client waits before it tries again during a database outage. */
    private static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemMessages.localeOf(headers);
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), ProblemMessages.format(locale, v.messageKey(), v.arguments())))
                .toList();
        return respond(e.kind(), ProblemMessages.format(locale, e.detailKey(), e.arguments()), errors, locale, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemMessages.localeOf(headers);
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return respond(ProblemKind.VALIDATION, ProblemMessages.format(locale, "validation", errors.size()), errors,
                locale, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemMessages.localeOf(headers);
        return malformed(e, locale, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return badValue(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof JsonMappingException mapping) {
            return badValue(mapping, headers, uri);
        }
        return malformed(e, ProblemMessages.localeOf(headers), uri);
    }

    /** Where the body stops being JSON; what the parser said stays in the log, not in the answer. */
    private static Response malformed(JsonProcessingException e, Locale locale, UriInfo uri) {
        int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
        return respond(ProblemKind.MALFORMED_REQUEST, ProblemMessages.format(locale, "malformed-json", line, column),
                List.of(), locale, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return withChallenge(simple(ProblemKind.UNAUTHENTICATED, "unauthenticated", headers, uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return withChallenge(simple(ProblemKind.UNAUTHENTICATED, "unauthenticated", headers, uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return simple(ProblemKind.FORBIDDEN, "forbidden", headers, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        // The JSON body reader wraps what Jackson found wrong; say it as precisely as Jackson does.
        if (e.getCause() instanceof JsonProcessingException json) {
            return unmappableJson(json, headers, uri);
        }
        int status = e.getResponse().getStatus();
        // JAX-RS answers 404 when a path or query parameter cannot be converted (an unknown enum value, a
        // malformed date); that is a bad request, not a missing resource.
        if (status == 404 && e.getCause() != null) {
            Locale locale = ProblemMessages.localeOf(headers);
            return respond(ProblemKind.MALFORMED_REQUEST, ProblemMessages.format(locale, "bad-parameter",
                    e.getCause().getMessage()), List.of(), locale, uri);
        }
        ProblemKind kind = ProblemKind.ofStatus(status);
        String detailKey = switch (kind) {
            case MALFORMED_REQUEST -> "malformed-request";
            case NOT_FOUND -> "no-such-path";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case PAYLOAD_TOO_LARGE -> "payload-too-large";
            case UNAUTHENTICATED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            default -> null;
        };
        if (detailKey == null) {
            Locale locale = ProblemMessages.localeOf(headers);
            return respond(kind, e.getMessage(), List.of(), locale, uri);
        }
        return simple(kind, detailKey, headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseFailures.unavailable(e)) {
            // An outage, not an error: the client may come back; the service recovers when the database does.
            LOG.warnf("%s: the database is unavailable: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
            return Response.fromResponse(simple(ProblemKind.UNAVAILABLE, "unavailable", headers, uri))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        if (DatabaseFailures.concurrentWrite(e)) {
            return simple(ProblemKind.CONFLICT, "concurrent-write", headers, uri);
        }
        java.util.Optional<String> duplicate = DatabaseFailures.uniqueConstraint(e);
        if (duplicate.isPresent()) {
            LOG.infof("%s: refused as a duplicate by %s", uri == null ? "?" : uri.getPath(), duplicate.get());
            Locale locale = ProblemMessages.localeOf(headers);
            String what = ProblemMessages.has(locale, "duplicate." + duplicate.get())
                    ? ProblemMessages.format(locale, "duplicate." + duplicate.get()) : duplicate.get();
            return respond(ProblemKind.CONFLICT, ProblemMessages.format(locale, "duplicate", what), List.of(), locale, uri);
        }
        if (DatabaseFailures.badData(e)) {
            return simple(ProblemKind.MALFORMED_REQUEST, "malformed-request", headers, uri);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure of %s, reference %s", uri == null ? "?" : uri.getPath(), reference);
        return simple(ProblemKind.INTERNAL, "internal", headers, uri, reference);
    }

    private Response badValue(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemMessages.localeOf(headers);
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
        String message;
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            message = ProblemMessages.format(locale, "unknown-value", allowed);
        } else {
            message = ProblemMessages.format(locale, "bad-value", new ProblemMessages.Key(expected(e)));
        }
        if (field.isEmpty()) {
            return respond(ProblemKind.MALFORMED_REQUEST, message, List.of(), locale, uri);
        }
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field, message));
        return respond(ProblemKind.VALIDATION, ProblemMessages.format(locale, "validation", 1), errors, locale, uri);
    }

    /** The kind of value a field takes, said without naming a Java type. */
    private static String expected(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "value.other";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "value.number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "value.boolean";
        }
        if (type == java.time.LocalDate.class) {
            return "value.date";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "value.datetime";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "value.list";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == java.util.UUID.class) {
            return "value.text";
        }
        return "value.object";
    }


    /** {@code materials[2].name} for a violation inside a request body, the parameter name for a query parameter. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            // An element of a list or map (List<@NotBlank String>) is named by its index alone, not "<list element>".
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() && parameter != null ? parameter : field.toString();
    }

    private Response simple(ProblemKind kind, String detailKey, HttpHeaders headers, UriInfo uri, Object... arguments) {
        Locale locale = ProblemMessages.localeOf(headers);
        return respond(kind, ProblemMessages.format(locale, detailKey, arguments), List.of(), locale, uri);
    }

    private static Response withChallenge(Response response) {
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response respond(ProblemKind kind, String detail, List<Problem.FieldError> errors, Locale locale,
                                    UriInfo uri) {
        String path = uri == null ? null : uri.getPath();
        if (Open311Format.isOpen311(path)) {
            // Open311 clients read its own error array, not problem+json.
            List<String> descriptions = new java.util.ArrayList<>(List.of(detail == null ? "" : detail));
            errors.forEach(e -> descriptions.add(e.field() + ": " + e.message()));
            return Response.fromResponse(Open311Format.error(kind.status(), Open311Format.wantsXml(path), descriptions))
                    .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()).build();
        }
        String title = ProblemMessages.format(locale, "title." + kind.slug());
        Problem problem = new Problem(kind.type(), title, kind.status(), detail, path, errors);
        return Response.status(kind.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(problem)
                .build();
    }
}
