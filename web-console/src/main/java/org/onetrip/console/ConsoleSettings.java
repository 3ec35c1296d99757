package org.onetrip.console;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** What the front end is told at start, and the origins it may talk to (the page's Content-Security-Policy). */
@ApplicationScoped
public class ConsoleSettings {

    public record Services(String catalogue, String intake, String proxyAgent, String oversight) {
    }

    public record Oidc(String issuer, String clientId, String scope) {
    }

    public record SignIn(Oidc oidc) {
    }

    public record Settings(Services services, SignIn signIn) {
    }

    private final Settings settings;

    ConsoleSettings(ConsoleConfig config) {
        ConsoleConfig.Services s = config.services();
        Oidc oidc = config.oidc().issuer().map(issuer -> new Oidc(issuer, config.oidc().clientId().orElseThrow(() ->
                new IllegalStateException("onetrip.console.oidc.issuer is set without onetrip.console.oidc.client-id")),
                config.oidc().scope())).orElse(null);
        this.settings = new Settings(new Services(s.catalogue(), s.intake(), s.proxyAgent(), s.oversight()),
                new SignIn(oidc));
    }

    public Settings settings() {
        return settings;
    }

    /** The services and the identity provider: everything the page may connect to. */
    public List<String> origins() {
        List<String> origins = new ArrayList<>(List.of(settings.services().catalogue(), settings.services().intake(),
                settings.services().proxyAgent(), settings.services().oversight()));
        if (settings.signIn().oidc() != null) {
            origins.add(settings.signIn().oidc().issuer());
        }
        return origins.stream().map(ConsoleSettings::origin).distinct().toList();
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
