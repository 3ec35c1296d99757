package org.onetrip.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * The caller of a request ({@link #caller()}) and its scope claims: {@code dept} (department code, for officers) and {@code jur}
 * (jurisdiction code, for clerks, agents, supervisors, deputies and catalogue admins), read so that a
 * malformed claim grants nothing.
 */
@RequestScoped
public class Scope {
    public static final String DEPARTMENT_CLAIM = "dept";
    public static final String JURISDICTION_CLAIM = "jur";

    @Inject
    JsonWebToken token;
    private Caller caller;

    /** The caller of this request, its claims read once. */
    public Caller caller() {
        if (caller == null) {
            caller = new Caller(token.getSubject(), token.getGroups(), jurisdiction().orElse(null), department().orElse(null));
        }
        return caller;
    }

    public Optional<String> department() {
        return claim(DEPARTMENT_CLAIM);
    }

    /** The {@code jur} claim if it is a jurisdiction code; any other text scopes to nothing. */
    public Optional<String> jurisdiction() {
        return claim(JURISDICTION_CLAIM).filter(Jurisdictions::isValid);
    }

    /** The caller's jurisdiction is {@code code} or above it. */
    public boolean covers(String code) {
        return caller().covers(code);
    }

    /** The caller may act on {@code code}, or a 403. */
    public void requireCovering(String code) {
        caller().requireCovering(code);
    }

    public boolean hasRole(String role) {
        return caller().is(role);
    }

    public String subject() {
        return token.getSubject();
    }

    /** The subject qualified by its issuer: two identity providers may give the same subject to two people. */
    public String principal() {
        return token.getIssuer() + "#" + token.getSubject();
    }

    /** The caller's department; a caller without one may not do what needs it. */
    public String requireDepartment() {
        return caller().requireDepartment();
    }

    /** The caller's jurisdiction; a caller without one may not do what needs it. */
    public String requireJurisdiction() {
        return caller().requireJurisdiction();
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", "")).filter(v -> !v.isBlank());
    }
}
