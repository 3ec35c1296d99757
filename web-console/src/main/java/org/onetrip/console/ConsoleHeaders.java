package org.onetrip.console;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every page and file of the console: scripts only from the console itself, connections only to the services, the
 * identity provider and the development sign-in it is configured with, and no framing. Styles may also be inline:
 * a document the window prints opens from memory under this policy, and its A4 layout is its own inline style.
 */
@ApplicationScoped
public class ConsoleHeaders {

    void register(@Observes Filters filters, ConsoleSettings settings) {
        String policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self' " + String.join(" ", settings.origins()) + "; frame-ancestors 'none'; base-uri 'none'; "
                + "form-action 'self' " + String.join(" ", settings.origins());
        filters.register(context -> {
            context.response().putHeader("Content-Security-Policy", policy);
            context.response().putHeader("X-Content-Type-Options", "nosniff");
            context.response().putHeader("Referrer-Policy", "no-referrer");
            context.next();
        }, 10);
    }
}
