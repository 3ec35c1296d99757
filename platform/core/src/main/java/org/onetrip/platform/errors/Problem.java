package org.onetrip.platform.errors;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** An RFC 9457 problem detail, as every error of every service is answered. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad field: its path in the request (e.g. {@code materials[2].name}) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
