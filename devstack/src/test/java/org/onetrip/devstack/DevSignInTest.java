package org.onetrip.devstack;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The development sign-in as an OpenID Connect provider: code + PKCE, codes once, only back to the console. */
class DevSignInTest {
    private static final String CONSOLE = "http://localhost:8080";
    private static final String VERIFIER = "a-verifier-long-enough-for-rfc-7636-0123456789abcdef";

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer server;
    private String issuer;

    @BeforeEach
    void start() throws Exception {
        server = DevSignIn.start(0, LocalTokens.newKeyPair().getPrivate(), List.of(CONSOLE));
        issuer = DevSignIn.issuer(server);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPickedRoleComesBackAsACodeThatTheVerifierTurnsIntoATokenOnce() throws Exception {
        HttpResponse<String> discovery = get("/.well-known/openid-configuration");
        assertTrue(discovery.body().contains("\"authorization_endpoint\":\"" + issuer + "/authorize\""));
        assertEquals(CONSOLE, discovery.headers().firstValue("Access-Control-Allow-Origin").orElse(""));

        Map<String, String> request = authorization(CONSOLE + "/");
        HttpResponse<String> page = get("/authorize?" + encode(request));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("name=\"state\" value=\"st&quot;&lt;1\""), "carried values are escaped");

        String code = pick(request);
        assertEquals(400, exchange(code, "not-the-verifier").statusCode());
        code = pick(request);
        HttpResponse<String> token = exchange(code, VERIFIER);
        assertEquals(200, token.statusCode());
        String accessToken = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        String claims = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"officer\"") && claims.contains("330109013-MZ") && claims.contains("王科员"), claims);
        assertEquals(400, exchange(code, VERIFIER).statusCode(), "a code is exchanged once");
    }

    @Test
    void codesGoOnlyBackToTheConsole() throws Exception {
        assertEquals(400, get("/authorize?" + encode(authorization("https://evil.example/"))).statusCode());
        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(URI.create(issuer + "/token"))
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString("")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode());
    }

    private Map<String, String> authorization(String redirectUri) throws Exception {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("response_type", "code");
        request.put("client_id", "onetrip-console");
        request.put("redirect_uri", redirectUri);
        request.put("scope", "openid");
        request.put("state", "st\"<1");
        request.put("code_challenge", Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII))));
        request.put("code_challenge_method", "S256");
        return request;
    }

    /** The page's form posted: back to the console with a code and the state. */
    private String pick(Map<String, String> request) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(request);
        form.putAll(Map.of("role", "officer", "jur", "330109013", "dept", "330109013-MZ", "sub", "王科员"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(issuer + "/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", issuer)
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, answer.statusCode());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(CONSOLE + "/?"), location);
        assertTrue(location.contains("state=" + URLEncoder.encode("st\"<1", StandardCharsets.UTF_8)), location);
        assertFalse(location.contains("error="), location);
        return location.replaceAll(".*[?&]code=([^&]+).*", "$1");
    }

    private HttpResponse<String> exchange(String code, String verifier) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(issuer + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", CONSOLE)
                .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", CONSOLE + "/", "client_id", "onetrip-console", "code_verifier", verifier)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(issuer + path)).header("Origin", CONSOLE).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
