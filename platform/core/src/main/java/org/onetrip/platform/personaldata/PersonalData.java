package org.onetrip.platform.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * Resident ID numbers and phone numbers at rest: sealed with AES-256-GCM under a named key (so keys
 * can rotate: old values stay readable under their key id), found again by a keyed hash (HMAC-SHA256),
 * and masked wherever they are shown.
 */
@ApplicationScoped
public class PersonalData {
    private final SealingKeys keys;
    private final SecretKeySpec hashKey;

    PersonalData(@ConfigProperty(name = "onetrip.pii.keys") Map<String, String> keys,
                 @ConfigProperty(name = "onetrip.pii.active-key") String activeKey,
                 @ConfigProperty(name = "onetrip.pii.hash-key") String hashKey) {
        this.keys = new SealingKeys("onetrip.pii", keys, activeKey);
        this.hashKey = new SecretKeySpec(Base64.getDecoder().decode(hashKey), "HmacSHA256");
    }

    /** {@code keyId:base64(iv ‖ ciphertext ‖ tag)}. */
    public String seal(String plain) {
        return keys.seal(plain);
    }

    public String open(String sealed) {
        return keys.open(sealed);
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
    public SealedValue sealId(String id) {
        return new SealedValue(seal(id), hash(id), maskId(id));
    }

    /** A phone number, sealed, hashed and masked. */
    public SealedValue sealPhone(String phone) {
        return new SealedValue(seal(phone), hash(phone), maskPhone(phone));
    }

    /** An e-mail address, sealed, hashed (case does not matter) and masked. */
    public SealedValue sealEmail(String email) {
        return new SealedValue(seal(email), hash(email), maskEmail(email));
    }

    /** An organisation's unified credit code: public, so kept in clear, but hashed and masked like an ID. */
    public SealedValue publicCode(String code) {
        return new SealedValue(code, hash(code), maskId(code));
    }

    /** {@code 3301**********1234}: the region's first four and the last four characters. */
    public static String maskId(String id) {
        return id.length() <= 8 ? "*".repeat(id.length()) : id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
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
