package org.onetrip.platform.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under named keys: values are sealed with the active key and opened with whichever key
 * their id names, so keys can rotate while older values stay readable. The key id is authenticated too, and a value
 * sealed for a place ({@link SealedAt}: table, column, row) is authenticated with it: {@code v2:keyId:base64}, which
 * opens only where it was sealed, so a ciphertext copied into another row or column opens nowhere. Values without a
 * place ({@code keyId:base64}) are those that cross between systems (the exchange) and those sealed before places
 * were (read until {@link PersonalDataResealing} has sealed them again).
 */
final class SealingKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private final String activeKey;

    /** @param what the configuration prefix, for messages */
    SealingKeys(String what, Map<String, String> base64Keys, String activeKey) {
        base64Keys.forEach((id, value) -> keys.put(id, aesKey(what, value)));
        if (!keys.containsKey(activeKey)) {
            throw new IllegalStateException(what + ".active-key names " + activeKey + ", which is not among " + what + ".keys");
        }
        this.activeKey = activeKey;
    }

    private static final String PLACED = "v2:";

    /** {@code keyId:base64(iv ‖ ciphertext ‖ tag)}, for a value that crosses to another system. */
    String seal(String plain) {
        return activeKey + ":" + encrypt(plain, activeKey.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code v2:keyId:base64(iv ‖ ciphertext ‖ tag)}, opened only at the same place. */
    String seal(String plain, SealedAt at) {
        return PLACED + activeKey + ":" + encrypt(plain, placed(activeKey, at));
    }

    /** Whether the value was sealed for a place (rather than before places were). */
    static boolean isPlaced(String sealed) {
        return sealed.startsWith(PLACED);
    }

    private static byte[] placed(String keyId, SealedAt at) {
        return (PLACED + keyId + "\n" + at.table() + "\n" + at.column() + "\n" + at.row()).getBytes(StandardCharsets.UTF_8);
    }

    String open(String sealed, SealedAt at) {
        if (!isPlaced(sealed)) {
            return open(sealed);
        }
        String rest = sealed.substring(PLACED.length());
        int colon = rest.indexOf(':');
        String keyId = colon < 0 ? "" : rest.substring(0, colon);
        return decrypt(key(keyId), rest.substring(colon + 1), placed(keyId, at));
    }

    private String encrypt(String plain, byte[] associated) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(128, iv));
            cipher.updateAAD(associated);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing personal data failed", e);
        }
    }

    String open(String sealed) {
        int colon = sealed.indexOf(':');
        String keyId = colon < 0 ? "" : sealed.substring(0, colon);
        return decrypt(key(keyId), sealed.substring(colon + 1), keyId.getBytes(StandardCharsets.UTF_8));
    }

    private SecretKeySpec key(String keyId) {
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("personal data sealed under key '" + keyId + "', which is not configured");
        }
        return key;
    }

    private static String decrypt(SecretKeySpec key, String base64, byte[] associated) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            cipher.updateAAD(associated);
            return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("opening personal data failed", e);
        }
    }

    private static SecretKeySpec aesKey(String what, String base64) {
        byte[] key = Base64.getDecoder().decode(base64);
        if (key.length != 32) {
            throw new IllegalStateException("a key of " + what + " must be 32 bytes (base64), got " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
