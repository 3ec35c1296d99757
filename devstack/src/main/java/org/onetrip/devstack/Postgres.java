package org.onetrip.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/** A real PostgreSQL server on 127.0.0.1 with one database per service, owned by the role {@code onetrip}. */
final class Postgres implements AutoCloseable {
    static final String USER = "onetrip";
    static final String PASSWORD = "onetrip";

    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    static Postgres start(DevStackOptions options) throws IOException, SQLException {
        String durable = options.ephemeral() && !options.durable() ? "off" : "on";
        var dataDir = options.dataDir().resolve("postgres");
        Files.createDirectories(dataDir);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setPort(Ports.orFree(options.pgPort()))
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(options.ephemeral())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                // Data of `onetrip up` must survive a crash of the machine; test data need not.
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        Postgres postgres = new Postgres(server);
        postgres.createRoleAndDatabases(options.databases());
        return postgres;
    }

    int port() {
        return server.getPort();
    }

    String baseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port();
    }

    private void createRoleAndDatabases(List<String> databases) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(s, "select 1 from pg_roles where rolname = '" + USER + "'")) {
                s.execute("create role " + USER + " login password '" + PASSWORD + "'");
            }
            for (String db : databases) {
                if (!db.matches("[a-z][a-z0-9_]*")) {
                    throw new IllegalArgumentException("bad database name " + db);
                }
                if (!exists(s, "select 1 from pg_database where datname = '" + db + "'")) {
                    s.execute("create database " + db + " owner " + USER + " encoding 'UTF8'");
                }
            }
        }
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
