package org.onetrip.platform.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes every service's OpenAPI say what its operations really answer, so the console and client generators
 * need no guessing: an operation marked {@code @Extension(name = OpenApiContract.CREATED, value = AT_LOCATION)}
 * answers 201 (not 200), with {@code Location}; and every operation lists the problems it can answer, as
 * {@code application/problem+json}: 400 always, 401 and 403 when it needs a token, 404 when its path names
 * something, 409 and 422 when it changes something.
 */
public class OpenApiContract implements OASFilter {
    /**
     * The extension that marks an operation creating something: it answers 201, with {@code Location} when the
     * value is {@link #AT_LOCATION} (what was created has a URL of its own), else with the created thing's body only.
     */
    public static final String CREATED = "x-onetrip-created";
    public static final String AT_LOCATION = "location";
    public static final String IN_BODY = "body";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                describe(path, method, operation)));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(CREATED)) {
            boolean located = AT_LOCATION.equals(String.valueOf(operation.getExtension(CREATED)));
            operation.removeExtension(CREATED);
            APIResponse ok = responses.getAPIResponse("200");
            responses.removeAPIResponse("200");
            APIResponse created = ok != null ? ok : OASFactory.createAPIResponse();
            created.setDescription(located ? "Created; Location names it" : "Created");
            if (located) {
                created.addHeader("Location", OASFactory.createHeader().description("The URL of what was created")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
            responses.addAPIResponse("201", created);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean changes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.PATCH;
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Bad input: every bad field is named in errors");
        if (secured) {
            problems.put("401", "No valid token");
            problems.put("403", "The token's role or scope does not allow it");
        }
        if (path.contains("{")) {
            problems.put("404", "Not found, or not visible to the caller");
        }
        if (changes) {
            problems.put("409", "Conflicts with the state of what it changes");
            problems.put("422", "Well-formed but not acceptable (a rule of the domain)");
        }
        problems.forEach((status, description) -> {
            APIResponse response = responses.getAPIResponse(status);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(description);
                responses.addAPIResponse(status, response);
            }
            // One the operation documents itself keeps its words, and gains the body it is answered with.
            if (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty()) {
                response.setContent(OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM))));
            }
        });
    }

    /** RFC 9457 problem details as every service answers them ({@code org.onetrip.platform.errors.Problem}). */
    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string).addProperty("message", string);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; title and detail in Chinese, or English with Accept-Language: en")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("urn:onetrip:problem:validation"))
                .addProperty("title", string).addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string).addProperty("instance", string)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .required(List.of("type", "title", "status"));
    }
}
