package org.onetrip.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The local identity provider: an RSA key pair on disk and RS256 JWTs signed with it, in the shape
 * the services verify (issuer, {@code groups} for roles, {@code dept} and {@code jur} scope claims).
 * In production a real identity provider's public key or JWKS is configured instead.
 */
public final class LocalTokens {
    public static final String ISSUER = "https://onetrip.local/issuer";
    public static final String AUDIENCE = "onetrip";
    public static final String PRIVATE_KEY = "private.pem";
    public static final String PUBLIC_KEY = "public.pem";

    private LocalTokens() {
    }

    /** What a token says about its holder. Null scope claims are left out. */
    public record Holder(String subject, String role, String dept, String jur) {
    }

    /** Writes a fresh key pair into {@code dir} unless one is there already. */
    public static void ensureKeys(Path dir) throws IOException, GeneralSecurityException {
        if (Files.exists(dir.resolve(PRIVATE_KEY)) && Files.exists(dir.resolve(PUBLIC_KEY))) {
            return;
        }
        Files.createDirectories(dir);
        KeyPair pair = newKeyPair();
        Files.writeString(dir.resolve(PUBLIC_KEY), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Path privateKey = dir.resolve(PRIVATE_KEY);
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        privateKey.toFile().setReadable(false, false);
        privateKey.toFile().setReadable(true, true);
    }

    public static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    public static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        String body = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    public static String mint(PrivateKey key, Holder holder, Duration lifetime) throws GeneralSecurityException {
        return mint(key, holder, Instant.now(), lifetime, AUDIENCE);
    }

    /** A token issued at {@code issuedAt} for {@code audience} (null: none), for tests of what is refused. */
    public static String mint(PrivateKey key, Holder holder, Instant issuedAt, Duration lifetime, String audience)
            throws GeneralSecurityException {
        Instant now = issuedAt;
        List<String> claims = new ArrayList<>(List.of(
                string("iss", ISSUER),
                string("sub", holder.subject()),
                string("upn", holder.subject()),
                "\"groups\":[" + quote(holder.role()) + "]",
                "\"iat\":" + now.getEpochSecond(),
                "\"exp\":" + now.plus(lifetime).getEpochSecond(),
                string("jti", UUID.randomUUID().toString())));
        if (audience != null) {
            claims.add(string("aud", audience));
        }
        if (holder.dept() != null) {
            claims.add(string("dept", holder.dept()));
        }
        if (holder.jur() != null) {
            claims.add(string("jur", holder.jur()));
        }
        String signingInput = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url("{" + String.join(",", claims) + "}");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static String string(String name, String value) {
        return quote(name) + ":" + quote(value);
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code keys DIR} makes the key pair; {@code mint DIR ROLE [--dept CODE] [--jur CODE] [--sub NAME] [--hours N]}
     * prints a token.
     */
    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("keys")) {
            ensureKeys(Path.of(args[1]));
            return;
        }
        if (args.length < 3 || !args[0].equals("mint")) {
            System.err.println("usage: keys DIR | mint DIR ROLE [--dept CODE] [--jur CODE] [--sub NAME] [--hours N]");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        String role = args[2];
        String dept = null;
        String jur = null;
        String subject = "local-" + role;
        long hours = 12;
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--dept" -> dept = args[++i];
                case "--jur" -> jur = args[++i];
                case "--sub" -> subject = args[++i];
                case "--hours" -> hours = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        PrivateKey key = readPrivateKey(dir.resolve(PRIVATE_KEY));
        System.out.println(mint(key, new Holder(subject, role, dept, jur), Duration.ofHours(hours)));
    }
}
