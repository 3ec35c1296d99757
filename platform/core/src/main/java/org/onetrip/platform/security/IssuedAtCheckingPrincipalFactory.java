package org.onetrip.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Instant;

/**
 * SmallRye JWT checks the signature, issuer, audience, expiry and the lifetime cap
 * ({@code smallrye.jwt.time-to-live}); it lets a token issued in the future through. Such a token would
 * outlive the cap, so it is refused beyond the clock skew the expiry check allows too.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class IssuedAtCheckingPrincipalFactory extends DefaultJWTCallerPrincipalFactory {

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal principal = super.parse(token, context);
        long latest = Instant.now().getEpochSecond() + context.getClockSkew();
        if (principal.getIssuedAtTime() > latest) {
            throw new ParseException("token issued in the future");
        }
        return principal;
    }
}
