package org.onetrip.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;

import java.util.Optional;

/**
 * The caller's scope claims: {@code dept} (department code, for officers) and {@code jur}
 * (jurisdiction code, for clerks and agents).
 */
@RequestScoped
public class Scope {
    public static final String DEPARTMENT_CLAIM = "dept";
    public static final String JURISDICTION_CLAIM = "jur";

    @Inject
    JsonWebToken token;

    public Optional<String> department() {
        return claim(DEPARTMENT_CLAIM);
    }

    public Optional<String> jurisdiction() {
        return claim(JURISDICTION_CLAIM);
    }

    public String subject() {
        return token.getSubject();
    }

    /** The caller's department; a caller without one may not do what needs it. */
    public String requireDepartment() {
        return department().orElseThrow(() -> new ProblemException(ProblemKind.FORBIDDEN, "forbidden"));
    }

    /** The caller's jurisdiction; a caller without one may not do what needs it. */
    public String requireJurisdiction() {
        return jurisdiction().orElseThrow(() -> new ProblemException(ProblemKind.FORBIDDEN, "forbidden"));
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", "")).filter(v -> !v.isBlank());
    }
}
