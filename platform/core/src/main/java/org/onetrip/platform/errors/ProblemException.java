package org.onetrip.platform.errors;

import java.util.List;

/**
 * Thrown by service code to answer with a problem. The detail is a message key with arguments, so it
 * is said in the client's language; field errors carry keys the same way.
 */
public class ProblemException extends RuntimeException {
    private final ProblemKind kind;
    private final String detailKey;
    private final transient Object[] arguments;
    private final List<FieldViolation> violations;

    /** A field error before localization: the field path, a message key and its arguments. */
    public record FieldViolation(String field, String messageKey, Object... arguments) {
    }

    public ProblemException(ProblemKind kind, String detailKey, Object... arguments) {
        this(kind, List.of(), detailKey, arguments);
    }

    public ProblemException(ProblemKind kind, List<FieldViolation> violations, String detailKey, Object... arguments) {
        super(detailKey);
        this.kind = kind;
        this.detailKey = detailKey;
        this.arguments = arguments;
        this.violations = List.copyOf(violations);
    }

    /** @param what the message key naming the kind of thing, e.g. {@code entity.case} */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemKind.NOT_FOUND, "not-found", new ProblemMessages.Key(what), id);
    }

    public static ProblemException invalid(List<FieldViolation> violations) {
        return new ProblemException(ProblemKind.VALIDATION, violations, "validation", violations.size());
    }

    /** States are said by their labels ({@code status.<NAME>} in the service's problems bundle), never as constants. */
    public static ProblemException illegalTransition(Object current, Object wanted) {
        return new ProblemException(ProblemKind.ILLEGAL_TRANSITION, "illegal-transition", label(current), label(wanted));
    }

    private static ProblemMessages.Key label(Object state) {
        return new ProblemMessages.Key("status." + state);
    }

    /** The key and the fields it names, for logs; clients get the localized problem instead. */
    @Override
    public String getMessage() {
        return violations.isEmpty() ? detailKey
                : detailKey + " " + violations.stream().map(v -> v.field() + ": " + v.messageKey()
                + java.util.Arrays.toString(v.arguments())).toList();
    }

    public ProblemKind kind() {
        return kind;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
