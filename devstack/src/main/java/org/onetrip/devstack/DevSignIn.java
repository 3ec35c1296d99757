package org.onetrip.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The web console's development sign-in: {@code POST /dev-sign-in} with a form ({@code role}, {@code jur}, {@code dept},
 * {@code sub}) answers {@code {"token": "..."}}, a token signed with the local key pair, as {@code ./onetrip token}
 * prints one. It lives in the devstack, which no production deployment runs: the console itself cannot mint a token,
 * and tokens signed with the local key are refused wherever the services trust a real identity provider. Only the
 * console's own origins may call it from a browser, and it listens on the loopback interface alone.
 */
public final class DevSignIn {
    static final Set<String> ROLES = Set.of("catalogue-admin", "clerk", "officer", "agent", "supervisor", "deputy", "applicant");
    private static final Duration LIFETIME = Duration.ofHours(8);

    private DevSignIn() {
    }

    /** Starts it on 127.0.0.1:{@code port} (0: a free one); the caller stops the server. */
    public static HttpServer start(int port, PrivateKey key, List<String> consoleOrigins) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/dev-sign-in", exchange -> {
            try (exchange) {
                answer(exchange, key, Set.copyOf(consoleOrigins));
            }
        });
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, PrivateKey key, Set<String> origins) throws IOException {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origins.contains(origin)) {
            send(exchange, 403, "{\"error\":\"origin " + origin + " is not the console's\"}");
            return;
        }
        if (origin != null) {
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
            exchange.getResponseHeaders().set("Vary", "Origin");
        }
        if (exchange.getRequestMethod().equals("OPTIONS")) {
            exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "POST");
            exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type");
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            send(exchange, 405, "{\"error\":\"POST a form: role, jur, dept, sub\"}");
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readNBytes(4096), StandardCharsets.UTF_8));
        String role = form.getOrDefault("role", "");
        if (!ROLES.contains(role)) {
            send(exchange, 400, "{\"error\":\"role must be one of " + String.join(", ", ROLES.stream().sorted().toList()) + "\"}");
            return;
        }
        String subject = form.getOrDefault("sub", "").isBlank() ? "local-" + role : form.get("sub").strip();
        try {
            String token = LocalTokens.mint(key, new LocalTokens.Holder(subject, role, blankToNull(form.get("dept")),
                    blankToNull(form.get("jur"))), LIFETIME);
            send(exchange, 200, "{\"token\":\"" + token + "\"}");
        } catch (GeneralSecurityException e) {
            send(exchange, 500, "{\"error\":\"signing failed\"}");
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
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
        System.out.println("DEV SIGN-IN READY http://127.0.0.1:" + server.getAddress().getPort() + "/dev-sign-in");
        Thread.currentThread().join();
    }
}
