package org.onetrip.platform.errors;

/**
 * The stable kinds of problem a client can branch on; each has a {@code type} URI, a status and a
 * localized title.
 */
public enum ProblemKind {
    VALIDATION(400),
    MALFORMED_REQUEST(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    ILLEGAL_TRANSITION(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNPROCESSABLE(422),
    TOO_MANY_REQUESTS(429),
    INTERNAL(500),
    UNAVAILABLE(503);

    private final int status;

    ProblemKind(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The stable short name, e.g. {@code illegal-transition}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public String type() {
        return "urn:onetrip:problem:" + slug();
    }

    static ProblemKind ofStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status && kind != ILLEGAL_TRANSITION && kind != VALIDATION) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
