package org.onetrip.intake.cases;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.web.ClientAddress;
import org.onetrip.platform.web.RateLimits;
import org.onetrip.platform.web.RateLimits.Limit;

import java.time.Duration;

/**
 * What makes guessing a look-up code (or booking in bulk) slow, shared by every replica: per client
 * ({@code onetrip.lookup.per-minute}; the client as {@link ClientAddress} reads it behind trusted proxies) and per
 * case number or other subject ({@code onetrip.lookup.per-number-per-hour}, alike for numbers that exist and numbers
 * that do not, so the limit itself tells nothing). A storm of wrong codes against one number uses up that number's
 * hour, but not its owner's: a client that has not itself tried the number more than
 * {@code onetrip.lookup.per-client-and-number-per-hour} times is still answered, so nobody is locked out of their
 * own case by others.
 */
@ApplicationScoped
public class LookupRateLimiter {
    private final RateLimits limits;
    private final ClientAddress clients;
    private final Limit perClient;
    private final Limit perSubject;
    private final Limit perClientAndSubject;
    private final Limit listingsPerClient;

    LookupRateLimiter(RateLimits limits, ClientAddress clients,
                      @ConfigProperty(name = "onetrip.lookup.per-minute", defaultValue = "10") int perMinute,
                      @ConfigProperty(name = "onetrip.lookup.per-number-per-hour", defaultValue = "10") int perNumberPerHour,
                      @ConfigProperty(name = "onetrip.lookup.per-client-and-number-per-hour", defaultValue = "3") int perClientAndNumber,
                      @ConfigProperty(name = "onetrip.lookup.listings-per-minute", defaultValue = "20") int listingsPerMinute) {
        this.limits = limits;
        this.clients = clients;
        this.perClient = new Limit("lookup-client", perMinute, Duration.ofMinutes(1));
        this.perSubject = new Limit("lookup-number", perNumberPerHour, Duration.ofHours(1));
        this.perClientAndSubject = new Limit("lookup-client-number", perClientAndNumber, Duration.ofHours(1));
        this.listingsPerClient = new Limit("listing-client", listingsPerMinute, Duration.ofMinutes(1));
    }

    /** Counts a public request about {@code subject} from this client; a 429 problem when it is over a limit. */
    public void require(HttpServerRequest request, String subject) {
        String client = clients.of(request);
        boolean allowed = limits.allow(perClient, client)
                && (limits.allow(perSubject, subject) || limits.allow(perClientAndSubject, client + ' ' + subject));
        if (!allowed) {
            throw new ProblemException(ProblemKind.TOO_MANY_REQUESTS, "lookup.too-many");
        }
    }

    /** Counts a public listing (Open311's requests) by this client; a 429 problem when it is over its limit. */
    public void requireListing(HttpServerRequest request) {
        if (!limits.allow(listingsPerClient, clients.of(request))) {
            throw new ProblemException(ProblemKind.TOO_MANY_REQUESTS, "lookup.too-many");
        }
    }
}
