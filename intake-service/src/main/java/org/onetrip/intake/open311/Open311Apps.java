package org.onetrip.intake.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Caller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The civic apps that may open cases through Open311: a supervisor issues each its api_key (shown once, kept as a
 * SHA-256 hash) for a jurisdiction; a request's key names the app, or the request is refused (403).
 */
@ApplicationScoped
public class Open311Apps {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    Open311Apps(Clock clock) {
        this.clock = clock;
    }

    /** The app and its key, which is not kept and cannot be shown again. */
    public record Issued(UUID id, String name, String jurisdiction, String apiKey) {
    }

    @Transactional
    public Issued issue(String name, String jurisdiction, Caller caller) {
        caller.requireCovering(jurisdiction);
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String key = "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Open311App app = new Open311App();
        app.id = UUID.randomUUID();
        app.name = name.strip();
        app.jurisdiction = jurisdiction;
        app.keyHash = hash(key);
        app.issuedBy = caller.subject();
        app.issuedAt = OffsetDateTime.now(clock);
        app.active = true;
        app.persist();
        return new Issued(app.id, app.name, app.jurisdiction, key);
    }

    /** The active app whose key this is; any other key, or none, is refused alike. */
    public Open311App authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 100) {
            throw new ProblemException(ProblemKind.FORBIDDEN, "open311.api-key");
        }
        return Open311App.<Open311App>find("keyHash = ?1 and active = true", hash(apiKey.strip())).firstResultOptional()
                .orElseThrow(() -> new ProblemException(ProblemKind.FORBIDDEN, "open311.api-key"));
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
