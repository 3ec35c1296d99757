package org.onetrip.platform.testing;

import org.onetrip.devstack.LocalTokens;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;

/** Bearer tokens for tests, signed with a key pair made for this test JVM alone. */
public final class TestTokens {
    private static final KeyPair KEYS = newKeyPair();

    private TestTokens() {
    }

    /** The key the tokens are signed with: for the web console's development sign-in in the journeys. */
    static java.security.PrivateKey signingKey() {
        return KEYS.getPrivate();
    }

    /** The public key the services under test verify tokens with, as PEM. */
    public static String publicKeyPem() {
        return LocalTokens.pem("PUBLIC KEY", KEYS.getPublic().getEncoded());
    }

    public static String token(String role) {
        return token(role, null, null);
    }

    public static String token(String role, String dept, String jur) {
        return token(new LocalTokens.Holder("test-" + role, role, dept, jur));
    }

    public static String token(LocalTokens.Holder holder) {
        return token(holder, Instant.now(), Duration.ofHours(1), LocalTokens.AUDIENCE);
    }

    /** A token with the trusted key but chosen times and audience, to test what the services refuse. */
    public static String token(LocalTokens.Holder holder, Instant issuedAt, Duration lifetime, String audience) {
        try {
            return LocalTokens.mint(KEYS.getPrivate(), holder, issuedAt, lifetime, audience);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token the services must reject: signed by a key they do not trust. */
    public static String forgedToken(String role) {
        try {
            return LocalTokens.mint(newKeyPair().getPrivate(), new LocalTokens.Holder("forger", role, null, null),
                    Duration.ofHours(1));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            return LocalTokens.newKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
