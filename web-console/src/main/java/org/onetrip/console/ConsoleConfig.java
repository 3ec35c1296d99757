package org.onetrip.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Where the console's front end finds the services, and how staff sign in ({@code onetrip.console.*}). */
@ConfigMapping(prefix = "onetrip.console")
public interface ConsoleConfig {

    Services services();

    Oidc oidc();

    interface Services {
        @WithDefault("http://localhost:8081")
        String catalogue();

        @WithDefault("http://localhost:8082")
        String intake();

        @WithDefault("http://localhost:8083")
        String proxyAgent();

        @WithDefault("http://localhost:8084")
        String oversight();
    }

    /**
     * The province's identity provider: OpenID Connect, authorization code with PKCE, a public client. Locally
     * ({@code ./onetrip up}) the devstack's development sign-in, which is such a provider too.
     */
    interface Oidc {
        Optional<String> issuer();

        Optional<String> clientId();

        @WithDefault("openid")
        String scope();
    }
}
