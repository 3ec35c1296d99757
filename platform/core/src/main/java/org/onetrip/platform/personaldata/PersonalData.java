package org.onetrip.platform.personaldata;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Residents' personal data at rest (ID and phone numbers, e-mail addresses, names, look-up codes): sealed with
 * AES-256-GCM under a named key (so keys can rotate: old values stay readable under their key id) and bound to where
 * it lives ({@link SealedAt}), found again by a keyed hash (HMAC-SHA256), and masked wherever it is shown.
 */
@ApplicationScoped
public class PersonalData {
    private final SealingKeys keys;
    private final SecretKeySpec hashKey;

    /** Public for what writes sealed rows outside a service with the service's keys (the bench's province data). */
    public PersonalData(@ConfigProperty(name = "onetrip.pii.keys") Map<String, String> keys,
                 @ConfigProperty(name = "onetrip.pii.active-key") String activeKey,
                 @ConfigProperty(name = "onetrip.pii.hash-key") String hashKey) {
        this.keys = new SealingKeys("onetrip.pii", keys, activeKey);
        this.hashKey = new SecretKeySpec(Base64.getDecoder().decode(hashKey), "HmacSHA256");
    }

    /** Sealed for its place: {@code v2:keyId:base64(iv ‖ ciphertext ‖ tag)}, which opens only there. */
    public String seal(String plain, SealedAt at) {
        return keys.seal(plain, at);
    }

    /** The value sealed at this place; one moved here from another row or column does not open. */
    public String open(String sealed, SealedAt at) {
        return keys.open(sealed, at);
    }

    /**
     * A name or other text an entity seals in its own callbacks ({@code @PrePersist}), which CDI does not reach:
     * sealed for its place by this service's bean; null stays null.
     */
    public static String sealed(String plain, SealedAt at) {
        return plain == null ? null : Arc.container().instance(PersonalData.class).get().seal(plain, at);
    }

    /** The text an entity's column holds, opened ({@code @PostLoad}); one stored in clear before it was sealed, as is. */
    public static String opened(String stored, SealedAt at) {
        return stored == null || !isSealedForItsPlace(stored) ? stored : Arc.container().instance(PersonalData.class).get().open(stored, at);
    }

    /** The value an entity keeps sealed at this place, opened; null when it has none. */
    public String open(SealedValue value, SealedAt at) {
        return value == null ? null : open(value.sealed, at);
    }

    /** Whether a stored value was sealed for its place already (rather than before places were, or not at all). */
    public static boolean isSealedForItsPlace(String stored) {
        return stored != null && SealingKeys.isPlaced(stored);
    }

    /** The keyed hash a value is looked up by; the same value always gives the same hash. */
    public String hash(String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.toUpperCase().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hashing personal data failed", e);
        }
    }

    /** A resident ID number, sealed, hashed and masked. */
    public SealedValue sealId(String id, SealedAt at) {
        return new SealedValue(seal(id, at), hash(id), maskId(id));
    }

    /** A phone number, sealed, hashed and masked. */
    public SealedValue sealPhone(String phone, SealedAt at) {
        return new SealedValue(seal(phone, at), hash(phone), maskPhone(phone));
    }

    /** An e-mail address, sealed, hashed (case does not matter) and masked. */
    public SealedValue sealEmail(String email, SealedAt at) {
        return new SealedValue(seal(email, at), hash(email), maskEmail(email));
    }

    /** An organisation's unified credit code: public, so kept in clear, but hashed and masked like an ID. */
    public SealedValue publicCode(String code) {
        return new SealedValue(code, hash(code), maskId(code));
    }

    /** {@code 3301**********1234}: the region's first four and the last four characters. */
    public static String maskId(String id) {
        return id.length() <= 8 ? "*".repeat(id.length()) : id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** {@code 王**}: the family name only (a one-character name is all stars). */
    public static String maskName(String name) {
        return name.length() <= 1 ? "*" : name.substring(0, 1) + "*".repeat(name.length() - 1);
    }

    /** {@code 138****1234}. */
    public static String maskPhone(String phone) {
        return phone.length() <= 7 ? "*".repeat(phone.length()) : phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** {@code w***@example.cn}: the first character of the mailbox and its domain. */
    public static String maskEmail(String email) {
        int at = email.lastIndexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
