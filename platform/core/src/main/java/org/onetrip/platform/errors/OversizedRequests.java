package org.onetrip.platform.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused before anything reads it, and answered
 * as a problem like every other error rather than the HTTP layer's bare 413. A declared length is checked
 * here, ahead of the body handler; a chunked body that grows too large still meets the body handler's limit.
 */
@ApplicationScoped
public class OversizedRequests {
    private static final int TOO_LARGE = 413;
    private final ObjectMapper json;
    private final long limit;

    OversizedRequests(ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.json = json;
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null || !length.chars().allMatch(Character::isDigit) || length.length() < 19 && Long.parseLong(length) <= limit) {
                context.next();
                return;
            }
            Locale locale = ProblemMessages.localeOf(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            ProblemKind kind = ProblemKind.PAYLOAD_TOO_LARGE;
            Problem problem = new Problem(kind.type(), ProblemMessages.format(locale, "title." + kind.slug()), kind.status(),
                    ProblemMessages.format(locale, "payload-too-large"), context.request().path(), List.of());
            try {
                context.response().setStatusCode(TOO_LARGE)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(json.writeValueAsString(problem))
                        // Nobody reads the rest of the body: the connection goes with the answer.
                        .onComplete(sent -> context.request().connection().close());
            } catch (JsonProcessingException e) {
                context.fail(e);
            }
        });
    }
}
