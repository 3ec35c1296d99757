package org.onetrip.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
            caller = new Caller(token.getSubject(), tokenRoles(), jurisdiction().orElse(null), department().orElse(null));
        }
        return caller;
    }

    /**
     * The token's groups, less the internal {@link Roles#SYSTEM}: a service acting on an event is never a token's
     * caller, whatever an identity provider puts in {@code groups}.
     */
    private Set<String> tokenRoles() {
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        return groups.stream().filter(group -> !Roles.SYSTEM.equals(group)).collect(Collectors.toUnmodifiableSet());
    }

    /** The subject qualified by its issuer: two identity providers may give the same subject to two people. */
    public String principal() {
        return token.getIssuer() + "#" + token.getSubject();
    }

    private Optional<String> department() {
        return claim(DEPARTMENT_CLAIM);
    }

    /** The {@code jur} claim if it is a jurisdiction code; any other text scopes to nothing. */
    private Optional<String> jurisdiction() {
        return claim(JURISDICTION_CLAIM).filter(Jurisdictions::isValid);
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", "")).filter(v -> !v.isBlank());
    }
}
