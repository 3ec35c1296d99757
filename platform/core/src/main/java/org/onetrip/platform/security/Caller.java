package org.onetrip.platform.security;

import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;

import java.util.List;
import java.util.Set;

/**
 * Who acts, as the services check it: the token's subject, roles and scope claims ({@code jur}, {@code dept}),
 * read once per request by {@link Scope#caller()}, or a service itself acting on an event
 * ({@link #system(String)}). A value, so a service method can be given one from a request or from a consumer alike.
 */
public record Caller(String subject, Set<String> roles, String jurisdiction, String department) {
    /**
     * The role a caller acts in where a service records or branches on one role: the front-line roles first,
     * then supervision, then a service acting on an event; a caller with none of them is an applicant.
     */
    private static final List<String> PRECEDENCE = List.of(Roles.CLERK, Roles.OFFICER, Roles.AGENT, Roles.SUPERVISOR,
            Roles.DEPUTY, Roles.CATALOGUE_ADMIN, Roles.SYSTEM);

    public Caller {
        // An anonymous request's token has no groups at all.
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** A service acting on an event on behalf of {@code subject} (e.g. {@code agent:<id>}); it has no scope to check. */
    public static Caller system(String subject) {
        return new Caller(subject, Set.of(Roles.SYSTEM), null, null);
    }

    /** A department's own system acting over Kafka for that department ({@code department:<code>}). */
    public static Caller departmentSystem(String department) {
        return new Caller("department:" + department, Set.of(Roles.SYSTEM), null, department);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** The caller acts in {@code role}: it is their {@link #primaryRole()}, not just one of their roles. */
    public boolean actsAs(String role) {
        return primaryRole().equals(role);
    }

    public String primaryRole() {
        return PRECEDENCE.stream().filter(roles::contains).findFirst().orElse(Roles.APPLICANT);
    }

    /** The caller's jurisdiction is {@code code} or above it (a town's clerk serves its villages too). */
    public boolean covers(String code) {
        return Jurisdictions.covers(jurisdiction, code);
    }

    /** The caller may act on {@code code}, or a 403. */
    public void requireCovering(String code) {
        if (!covers(code)) {
            throw forbidden();
        }
    }

    /**
     * The caller's jurisdiction is a whole province (two digits): what is the same for every town of it, such as the
     * national holidays and make-up working days, is changed there or nowhere.
     */
    public void requireProvince() {
        if (jurisdiction == null || jurisdiction.length() != 2) {
            throw forbidden();
        }
    }

    /** The caller's department; a caller without one may not do what needs it. */
    public String requireDepartment() {
        if (department == null) {
            throw forbidden();
        }
        return department;
    }

    /** The caller's jurisdiction; a caller without one may not do what needs it. */
    public String requireJurisdiction() {
        if (jurisdiction == null) {
            throw forbidden();
        }
        return jurisdiction;
    }

    private static ProblemException forbidden() {
        return new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
    }
}
