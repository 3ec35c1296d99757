package org.onetrip.platform.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
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
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys;
    private final String activeKey;
    private final SecretKeySpec hashKey;

    PersonalData(@ConfigProperty(name = "onetrip.pii.keys") Map<String, String> keys,
                 @ConfigProperty(name = "onetrip.pii.active-key") String activeKey,
                 @ConfigProperty(name = "onetrip.pii.hash-key") String hashKey) {
        this.keys = new java.util.HashMap<>();
        keys.forEach((id, value) -> this.keys.put(id, aesKey(value)));
        if (!this.keys.containsKey(activeKey)) {
            throw new IllegalStateException("onetrip.pii.active-key names " + activeKey + ", which is not among onetrip.pii.keys");
        }
        this.activeKey = activeKey;
        this.hashKey = new SecretKeySpec(Base64.getDecoder().decode(hashKey), "HmacSHA256");
    }

    /** {@code keyId:base64(iv ‖ ciphertext ‖ tag)}. */
    public String seal(String plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(128, iv));
            cipher.updateAAD(activeKey.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return activeKey + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing personal data failed", e);
        }
    }

    public String open(String sealed) {
        int colon = sealed.indexOf(':');
        String keyId = sealed.substring(0, colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("personal data sealed under key " + keyId + ", which is not configured");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("opening personal data failed", e);
        }
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

    /** {@code 3301**********1234}: the region's first four and the last four characters. */
    public static String maskId(String id) {
        return id.length() <= 8 ? "*".repeat(id.length()) : id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** {@code 138****1234}. */
    public static String maskPhone(String phone) {
        return phone.length() <= 7 ? "*".repeat(phone.length()) : phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    private static SecretKeySpec aesKey(String base64) {
        byte[] key = Base64.getDecoder().decode(base64);
        if (key.length != 32) {
            throw new IllegalStateException("a personal-data key must be 32 bytes (base64), got " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
