package org.onetrip.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final Path dataDir;
    /** The postmaster's command line as it was started, to start it again after an outage it was put through. */
    private final List<String> commandLine;

    private Postgres(EmbeddedPostgres server, Path dataDir) throws IOException {
        this.server = server;
        this.dataDir = dataDir;
        ProcessHandle.Info info = postmaster().info();
        List<String> command = new java.util.ArrayList<>();
        info.command().ifPresent(command::add);
        info.arguments().ifPresent(arguments -> command.addAll(List.of(arguments)));
        this.commandLine = List.copyOf(command);
    }

    /** The running postmaster, as its data directory names it (the server is started through pg_ctl, which exits). */
    private ProcessHandle postmaster() throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        return ProcessHandle.of(pid).orElseThrow(() -> new IOException("no postmaster with pid " + pid));
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
                // Whole statements in pg_stat_activity, so that the benchmarks can explain the one a slow request runs.
                .setServerConfig("track_activity_query_size", "8192")
                // Data of `onetrip up` must survive a crash of the machine; test data need not.
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        Postgres postgres = new Postgres(server, dataDir);
        postgres.createRoleAndDatabases(options.databases());
        return postgres;
    }

    /**
     * Takes the server away as an outage would: a fast shutdown (connected clients are cut off, as when the machine
     * or the network goes), the data kept. {@link #startAgain()} brings it back on the same port and data.
     */
    synchronized void stopForOutage() throws IOException, InterruptedException {
        ProcessHandle running = postmaster();
        new ProcessBuilder("kill", "-INT", String.valueOf(running.pid())).inheritIO().start().waitFor();
        running.onExit().join();
    }

    synchronized void startAgain() throws IOException, SQLException, InterruptedException {
        if (commandLine.isEmpty()) {
            throw new IllegalStateException("the postmaster's command line is not known on this system");
        }
        List<String> command = new java.util.ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // PostgreSQL will not run as root: as the embedded server was started
        }
        command.addAll(commandLine);
        Process restarted = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling("postgres-restarted.log").toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Connection c = server.getPostgresDatabase().getConnection()) {
                return;
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline || !restarted.isAlive()) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
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
