package org.onetrip.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The devstack's development sign-in: a small OpenID Connect provider, so the web console signs in locally exactly as
 * it does at the province's identity provider (discovery, authorization code with PKCE S256, state), and the browser
 * tests exercise that path. Its authorization page does not ask for a password: it lets a developer pick who to be (a
 * role, a jurisdiction, a department, a name) and issues an access token signed with the devstack's local key pair,
 * as {@code ./onetrip token} prints one.
 *
 * <p>It lives in the devstack, which no production deployment runs; tokens signed with the local key are refused
 * wherever the services trust a real identity provider. It listens on the loopback interface alone, sends codes only
 * back to the console's own origins, and answers scripts of those origins only.
 */
public final class DevSignIn {
    static final Set<String> ROLES = Set.of("catalogue-admin", "clerk", "officer", "agent", "supervisor", "deputy", "applicant");
    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A code issued and not yet exchanged: for whom, to which client and address, under which PKCE challenge. */
    private record Grant(LocalTokens.Holder holder, String clientId, String redirectUri, String challenge, Instant expires) {
    }

    private final PrivateKey key;
    private final Set<String> origins;
    private final String issuer;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    private DevSignIn(PrivateKey key, Set<String> origins, String issuer) {
        this.key = key;
        this.origins = origins;
        this.issuer = issuer;
    }

    /** Starts it on 127.0.0.1:{@code port} (0: a free one); its issuer is {@code http://127.0.0.1:<port>}; the caller stops the server. */
    public static HttpServer start(int port, PrivateKey key, List<String> consoleOrigins) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        DevSignIn provider = new DevSignIn(key, Set.copyOf(consoleOrigins), issuer(server));
        server.createContext("/.well-known/openid-configuration", exchange -> provider.handle(exchange, provider::discovery));
        server.createContext("/authorize", exchange -> provider.handle(exchange, provider::authorize));
        server.createContext("/token", exchange -> provider.handle(exchange, provider::token));
        server.start();
        return server;
    }

    /** The issuer of a started server, which is what the console is configured with. */
    public static String issuer(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private interface Endpoint {
        void answer(HttpExchange exchange) throws IOException;
    }

    private void handle(HttpExchange exchange, Endpoint endpoint) {
        try (exchange) {
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            // The console's scripts, and the picking page's own form posting back here.
            if (origin != null && !origins.contains(origin) && !origin.equals(issuer)) {
                sendJson(exchange, 403, "{\"error\":\"access_denied\",\"error_description\":\"not the console's origin\"}");
                return;
            }
            if (origin != null && origins.contains(origin)) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
                exchange.getResponseHeaders().set("Vary", "Origin");
            }
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST");
                exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type");
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            endpoint.answer(exchange);
        } catch (IOException | RuntimeException e) {
            System.err.println("dev sign-in: " + e);
        }
    }

    private void discovery(HttpExchange exchange) throws IOException {
        sendJson(exchange, 200, "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\","
                + "\"token_endpoint\":\"" + issuer + "/token\",\"response_types_supported\":[\"code\"],"
                + "\"grant_types_supported\":[\"authorization_code\"],\"code_challenge_methods_supported\":[\"S256\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"none\"]}");
    }

    /** GET: the page to pick who to be, carrying the request; POST from that page: a code, back to the console. */
    private void authorize(HttpExchange exchange) throws IOException {
        boolean picked = exchange.getRequestMethod().equals("POST");
        Map<String, String> request = picked ? form(body(exchange)) : form(exchange.getRequestURI().getRawQuery());
        String redirectUri = request.getOrDefault("redirect_uri", "");
        if (!origins.contains(originOf(redirectUri))) {
            sendText(exchange, 400, "text/plain", "redirect_uri must be the console's own address");
            return;
        }
        String problem = !"code".equals(request.get("response_type")) ? "unsupported_response_type"
                : !"S256".equals(request.get("code_challenge_method")) || blank(request.get("code_challenge")) ? "invalid_request"
                : blank(request.get("client_id")) ? "unauthorized_client" : null;
        if (problem != null) {
            redirect(exchange, redirectUri, Map.of("error", problem, "state", request.getOrDefault("state", "")));
            return;
        }
        if (!picked) {
            sendText(exchange, 200, "text/html; charset=utf-8", page(request));
            return;
        }
        String role = request.getOrDefault("role", "");
        if (!ROLES.contains(role)) {
            sendText(exchange, 400, "text/plain; charset=utf-8", "role must be one of " + String.join(", ", ROLES.stream().sorted().toList()));
            return;
        }
        String subject = blank(request.get("sub")) ? "local-" + role : request.get("sub").strip();
        String code = random(24);
        grants.values().removeIf(g -> g.expires().isBefore(Instant.now()));
        grants.put(code, new Grant(new LocalTokens.Holder(subject, role, stripped(request.get("dept")), stripped(request.get("jur"))),
                request.get("client_id"), redirectUri, request.get("code_challenge"), Instant.now().plus(CODE_LIFETIME)));
        redirect(exchange, redirectUri, Map.of("code", code, "state", request.getOrDefault("state", "")));
    }

    /** The code for the token, once, by the client it was issued to, with the verifier of its challenge. */
    private void token(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            sendJson(exchange, 405, "{\"error\":\"invalid_request\"}");
            return;
        }
        Map<String, String> request = form(body(exchange));
        Grant grant = grants.remove(request.getOrDefault("code", ""));
        boolean valid = grant != null && grant.expires().isAfter(Instant.now())
                && "authorization_code".equals(request.get("grant_type"))
                && grant.clientId().equals(request.get("client_id")) && grant.redirectUri().equals(request.get("redirect_uri"))
                && grant.challenge().equals(challengeOf(request.getOrDefault("code_verifier", "")));
        if (!valid) {
            sendJson(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            String token = LocalTokens.mint(key, grant.holder(), LIFETIME);
            sendJson(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                    + LIFETIME.toSeconds() + "}");
        } catch (GeneralSecurityException e) {
            sendJson(exchange, 500, "{\"error\":\"server_error\"}");
        }
    }

    /** The picking page: the request's parameters ride along hidden, every value escaped. */
    private static String page(Map<String, String> request) {
        StringBuilder hidden = new StringBuilder();
        for (String name : List.of("response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge",
                "code_challenge_method")) {
            hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                    .append(escape(request.getOrDefault(name, ""))).append("\">");
        }
        StringBuilder options = new StringBuilder();
        ROLES.stream().sorted().forEach(r -> options.append("<option value=\"").append(r).append("\">").append(r).append("</option>"));
        return """
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>开发登录</title>
                <style>body{font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}
                label{display:block;margin-top:.75rem;font-weight:600}input,select{width:100%%;padding:.4rem;font:inherit}
                button{margin-top:1rem;padding:.5rem 1rem;font:inherit;background:#0b4f9c;color:#fff;border:0;border-radius:4px}
                p{background:#fff8e1;border:1px solid #b38600;padding:.5rem}</style></head><body>
                <main><h1>开发登录</h1><p>devstack 的本地身份提供者：选一个角色，用本地密钥签发令牌。生产环境没有它。</p>
                <form method="post" action="/authorize" aria-label="开发登录">%s
                <label for="role">角色</label><select id="role" name="role">%s</select>
                <label for="jurisdiction">辖区代码</label><input id="jurisdiction" name="jur" maxlength="12" value="330109013">
                <label for="department">部门代码（部门工作人员）</label><input id="department" name="dept" maxlength="30">
                <label for="name">姓名或工号</label><input id="name" name="sub" maxlength="50">
                <button type="submit">登录</button></form></main></body></html>
                """.formatted(hidden, options);
    }

    private static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static void redirect(HttpExchange exchange, String redirectUri, Map<String, String> parameters) throws IOException {
        StringBuilder location = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
        parameters.forEach((name, value) -> location.append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        location.setLength(location.length() - 1);
        exchange.getResponseHeaders().set("Location", location.toString());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(302, -1);
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readNBytes(8192), StandardCharsets.UTF_8);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> form = new HashMap<>();
        if (encoded == null) {
            return form;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String stripped(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
        sendText(exchange, status, "application/json", json);
    }

    private static void sendText(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    /** {@code KEYS-DIR PORT CONSOLE-ORIGIN...}: serves until stopped (./onetrip up starts it beside the console). */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: DevSignIn KEYS-DIR PORT CONSOLE-ORIGIN...");
            System.exit(2);
        }
        PrivateKey key = LocalTokens.readPrivateKey(Path.of(args[0]).resolve(LocalTokens.PRIVATE_KEY));
        HttpServer server = start(Integer.parseInt(args[1]), key, List.of(args).subList(2, args.length));
        System.out.println("DEV SIGN-IN READY " + issuer(server));
        Thread.currentThread().join();
    }
}
