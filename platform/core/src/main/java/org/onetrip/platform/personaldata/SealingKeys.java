package org.onetrip.platform.personaldata;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * AES-256-GCM under named keys: values are sealed with the active key and opened with whichever key
 * their id names, so keys can rotate while older values stay readable. The key id is authenticated too.
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

    /** {@code keyId:base64(iv ‖ ciphertext ‖ tag)}. */
    String seal(String plain) {
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

    String open(String sealed) {
        int colon = sealed.indexOf(':');
        String keyId = colon < 0 ? "" : sealed.substring(0, colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("personal data sealed under key '" + keyId + "', which is not configured");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
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
