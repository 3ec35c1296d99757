package org.onetrip.platform.security;

import org.onetrip.platform.errors.ProblemException;

import java.util.List;
import java.util.Set;

/**
 * Jurisdiction codes (行政区划代码) and their hierarchy: province 2 digits, city 4, district 6, town 9,
 * village 12. A code covers another when it is that code or one of its ancestors, compared on those
 * level boundaries only, so neither {@code 3} nor {@code 3301090} nor {@code %} ever covers anything.
 */
public final class Jurisdictions {
    private static final Set<Integer> LEVEL_LENGTHS = Set.of(2, 4, 6, 9, 12);
    private static final List<Integer> LEVELS_UPWARDS = List.of(12, 9, 6, 4, 2);

    private Jurisdictions() {
    }

    /** Digits only, and as long as one of the five levels. */
    public static boolean isValid(String code) {
        return code != null && LEVEL_LENGTHS.contains(code.length()) && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The code a client gave in {@code field}, or a 400 problem naming that field; null passes. */
    public static String requireValid(String field, String code) {
        if (code != null && !isValid(code)) {
            throw ProblemException.invalid(List.of(new ProblemException.FieldViolation(field, "jurisdiction-code")));
        }
        return code;
    }

    /** {@code scope} is {@code code} or an ancestor of it; false if either is not a valid code. */
    public static boolean covers(String scope, String code) {
        return isValid(scope) && isValid(code) && code.startsWith(scope);
    }

    /** The code and every code above it, nearest first (a town, its district, city and province); none if invalid. */
    public static List<String> selfAndAncestors(String code) {
        if (!isValid(code)) {
            return List.of();
        }
        return LEVELS_UPWARDS.stream().filter(length -> length <= code.length()).map(length -> code.substring(0, length)).toList();
    }

    /**
     * The SQL {@code LIKE} pattern of every code {@code scope} covers. Safe to bind only because a valid
     * code has no wildcard; a code that is none is the client's mistake wherever it came from (a 400 naming
     * {@code jurisdiction}), never a failure of the service.
     */
    public static String likePattern(String scope) {
        return requireValid("jurisdiction", scope == null ? "" : scope) + "%";
    }
}
