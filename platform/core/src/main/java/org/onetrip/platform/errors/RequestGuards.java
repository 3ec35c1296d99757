package org.onetrip.platform.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What no request gets past, checked before anything reads it and answered as a problem like every other
 * error: a body declared larger than {@code quarkus.http.limits.max-body-size} (413; a chunked body that
 * grows too large meets the HTTP layer's own limit), control characters in the path or query, encoded or
 * not (400: they reach nothing but logs and database errors), and a body of a type no operation reads
 * (415: operations read JSON, and the catalogue import CSV and XLSX).
 */
@ApplicationScoped
public class RequestGuards {
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x7f]|%[01][0-9a-fA-F]|%7[fF]");
    private static final Set<String> BODY_TYPES = Set.of("application/json", "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final ObjectMapper json;
    private final long limit;

    RequestGuards(ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.json = json;
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (tooLarge(context.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
                refuse(context, ProblemKind.PAYLOAD_TOO_LARGE, "payload-too-large", true);
            } else if (CONTROL.matcher(context.request().uri()).find()) {
                refuse(context, ProblemKind.MALFORMED_REQUEST, "control-characters", false);
            } else if (unreadableBody(context)) {
                refuse(context, ProblemKind.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", false);
            } else {
                context.next();
            }
        });
    }

    private boolean tooLarge(String length) {
        return length != null && length.chars().allMatch(Character::isDigit)
                && (length.length() >= 19 || Long.parseLong(length) > limit);
    }

    private static boolean unreadableBody(RoutingContext context) {
        if (!WITH_BODY.contains(context.request().method()) || !context.request().path().startsWith("/api/")) {
            return false;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean body = length != null ? !"0".equals(length) : context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (!body) {
            return false;
        }
        if (type == null) {
            return true;
        }
        String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return !BODY_TYPES.contains(bare) && !bare.endsWith("+json");
    }

    private void refuse(RoutingContext context, ProblemKind kind, String detailKey, boolean close) {
        Locale locale = ProblemMessages.localeOf(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem(kind.type(), ProblemMessages.format(locale, "title." + kind.slug()), kind.status(),
                ProblemMessages.format(locale, detailKey), null, List.of());
        try {
            var response = context.response().setStatusCode(kind.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
            if (close) {
                // Nobody reads the rest of the body: the connection goes with the answer.
                response.putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(problem))
                        .onComplete(sent -> context.request().connection().close());
            } else {
                response.end(json.writeValueAsString(problem));
            }
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
