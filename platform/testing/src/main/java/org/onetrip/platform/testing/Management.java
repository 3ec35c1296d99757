package org.onetrip.platform.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/** The management interface of the application under a {@code @QuarkusTest}: health and metrics live there. */
public final class Management {
    private Management() {
    }

    /** e.g. {@code url("/q/health/ready")}. */
    public static String url(String path) {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
        return "http://localhost:" + port + path;
    }
}
