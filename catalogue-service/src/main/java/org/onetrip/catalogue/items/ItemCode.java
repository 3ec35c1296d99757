package org.onetrip.catalogue.items;

import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/** An item code, e.g. {@code 330109-XK-0001}: the issuing jurisdiction, the category letters, a number. */
public final class ItemCode {
    public static final String PATTERN = "(\\d{6}|\\d{9})-(XK|CF|QZ|ZS|JF|JC|QR|JL|CJ|QT|GG)-(\\d{4})";
    private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

    private ItemCode() {
    }

    /** The jurisdiction that issues the item of this code, or null if it is no item code. */
    public static String jurisdictionOf(String code) {
        Matcher m = COMPILED.matcher(code == null ? "" : code);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The jurisdictions whose catalogue a caller manages: an admin its own and those below it; the service itself,
     * loading the installation's sample catalogue, all of them.
     */
    public static Predicate<String> managedBy(Caller caller) {
        return jurisdiction -> caller.is(Roles.SYSTEM) || caller.covers(jurisdiction);
    }

    /** The caller manages the item (its issuing jurisdiction is part of the code), or a 403. */
    public static void requireManagedBy(Caller caller, String code) {
        if (!managedBy(caller).test(jurisdictionOf(code))) {
            throw new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
        }
    }

    /** What in a guide disagrees with the code it is filed under. */
    public static List<FieldViolation> mismatches(String code, ItemGuide guide, String codeField, String guidePrefix) {
        List<FieldViolation> problems = new ArrayList<>();
        Matcher m = COMPILED.matcher(code);
        if (!m.matches()) {
            problems.add(new FieldViolation(codeField, "item.code-format"));
            return problems;
        }
        if (guide.jurisdiction() != null && !guide.jurisdiction().equals(m.group(1))) {
            problems.add(new FieldViolation(guidePrefix + "jurisdiction", "item.code-jurisdiction", m.group(1)));
        }
        if (guide.category() != null && !guide.category().codeLetters().equals(m.group(2))) {
            problems.add(new FieldViolation(guidePrefix + "category", "item.code-category", m.group(2)));
        }
        return problems;
    }
}
