package org.onetrip.bench;

import org.onetrip.devstack.LocalTokens;
import org.onetrip.platform.testing.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asynchronous HTTP for the load, with the tokens of the actors it plays. */
final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8))
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final Token CLERK = new Token(new LocalTokens.Holder("bench-clerk", "clerk", null, "330109013"));

    private Http() {
    }

    static CompletableFuture<String> post(String url, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(request, token);
    }

    static CompletableFuture<String> get(String url) {
        return get(url, null);
    }

    static CompletableFuture<String> get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET(), token);
    }

    private static CompletableFuture<String> send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).thenApply(r -> {
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            return r.body();
        });
    }

    /**
     * The bearer token of one actor, minted again once half of its hour is gone: a province's run (scenario 8 to ten
     * million cases) lasts hours, and a token minted at its start would be refused before its last step.
     */
    static final class Token {
        private final LocalTokens.Holder holder;
        private String token;
        private long mintedAt;

        Token(LocalTokens.Holder holder) {
            this.holder = holder;
        }

        synchronized String get() {
            if (token == null || System.nanoTime() - mintedAt > Duration.ofMinutes(30).toNanos()) {
                token = TestTokens.token(holder);
                mintedAt = System.nanoTime();
            }
            return token;
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }
}
