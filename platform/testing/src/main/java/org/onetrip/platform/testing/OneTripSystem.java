package org.onetrip.platform.testing;

import org.onetrip.devstack.LocalTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The whole backend for the end-to-end tests: the devstack (real PostgreSQL and Kafka) and the four
 * packaged services as separate processes, started once for the test JVM and stopped when it ends,
 * whatever the tests did; the packaged web console too, when a browser test asks for it.
 */
public final class OneTripSystem {
    public static final Duration READY = Duration.ofSeconds(120);
    /**
     * The journeys' log says what they do, not every Kafka client the probes open (each logs its whole configuration);
     * held here so the level outlives a collection of the logger.
     */
    private static final java.util.logging.Logger KAFKA_CLIENTS = quiet("org.apache.kafka");
    private static OneTripSystem instance;

    public final ServiceProcess catalogue;
    public final ServiceProcess intake;
    public final ServiceProcess proxyAgent;
    public final ServiceProcess oversight;
    /** What the services trace, exported here (off for the benchmarks: -Donetrip.traces=false). */
    public final TraceCollector traces;
    private final Map<String, String> env;
    private final Path root;
    /** Chosen before the services start, so their CORS allows the console's origin. */
    private final int consolePort = freePort();
    private ServiceProcess console;

    private OneTripSystem() {
        root = Path.of(System.getProperty("onetrip.root", "..")).toAbsolutePath().normalize();
        TestInfrastructure infrastructure = TestInfrastructure.get();
        traces = Boolean.parseBoolean(System.getProperty("onetrip.traces", "true")) ? new TraceCollector() : null;
        Map<String, String> env = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("ONETRIP_POSTGRES_URL", infrastructure.postgresUrl()),
                Map.entry("ONETRIP_POSTGRES_USER", infrastructure.postgresUser()),
                Map.entry("ONETRIP_POSTGRES_PASSWORD", infrastructure.postgresPassword()),
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers()),
                Map.entry("MP_JWT_VERIFY_PUBLICKEY", TestTokens.publicKeyPem()),
                Map.entry("MP_JWT_VERIFY_ISSUER", LocalTokens.ISSUER),
                Map.entry("ONETRIP_CATALOGUE_SAMPLE_DATA", "true"),
                Map.entry("QUARKUS_HTTP_CORS_ORIGINS", consoleOrigin()),
                // Every event an inbox handles, defers or resumes at, with its partition and offset, in the services' logs.
                Map.entry("QUARKUS_LOG_CATEGORY__ORG_ONETRIP_PLATFORM_INBOX__LEVEL", "DEBUG"),
                // The journeys see a deadline pass within a second; the benchmarks keep the deployed minute.
                Map.entry("ONETRIP_OVERSIGHT_WATCH_EVERY", System.getProperty("onetrip.oversight.watch-every", "1s"))));
        // Residents' messages go out through real providers in this JVM, where the journeys read what arrived.
        env.putAll(MessageProviders.get().environment());
        if (traces != null) {
            env.putAll(Map.of("QUARKUS_OTEL_SDK_DISABLED", "false",
                    "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                    "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces.endpoint(),
                    "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms"));
        }
        this.env = Map.copyOf(env);
        catalogue = service("catalogue", "catalogue-service");
        intake = service("intake", "intake-service");
        proxyAgent = service("proxy-agent", "proxy-agent-service");
        oversight = service("oversight", "oversight-service");
        List<ServiceProcess> all = List.of(catalogue, intake, proxyAgent, oversight);
        // All at once: one by one, four graceful stops outlast the 30 s the test JVM is given to exit.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> all.parallelStream().forEach(ServiceProcess::stop), "onetrip-e2e-stop"));
        all.forEach(ServiceProcess::start);
        all.forEach(s -> s.awaitReady(READY));
    }

    public static synchronized OneTripSystem get() {
        if (instance == null) {
            instance = new OneTripSystem();
        }
        return instance;
    }

    private static java.util.logging.Logger quiet(String category) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(category);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** The console's address as a browser opens it. */
    public String consoleOrigin() {
        return "http://localhost:" + consolePort;
    }

    /**
     * The packaged web console on the services, started on first use, signing staff in at the devstack's development
     * identity provider (in this JVM), an OpenID Connect provider signing with the key the services trust here.
     */
    public synchronized ServiceProcess console() {
        if (console == null) {
            try {
                com.sun.net.httpserver.HttpServer signIn = org.onetrip.devstack.DevSignIn.start(0, TestTokens.signingKey(),
                        List.of(consoleOrigin()));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> signIn.stop(0), "dev-sign-in-stop"));
                console = new ServiceProcess("console", "web-console", consolePort, freePort(), Map.of(
                        "ONETRIP_CONSOLE_SERVICES_CATALOGUE", catalogue.url(""),
                        "ONETRIP_CONSOLE_SERVICES_INTAKE", intake.url(""),
                        "ONETRIP_CONSOLE_SERVICES_PROXY_AGENT", proxyAgent.url(""),
                        "ONETRIP_CONSOLE_SERVICES_OVERSIGHT", oversight.url(""),
                        "ONETRIP_CONSOLE_OIDC_ISSUER", org.onetrip.devstack.DevSignIn.issuer(signIn),
                        "ONETRIP_CONSOLE_OIDC_CLIENT_ID", "onetrip-console"), root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(console::stop, "console-stop"));
            console.start();
            console.awaitReady(READY);
        }
        return console;
    }

    /** A further process of a service against the same database and consumer group (another replica). */
    public ServiceProcess replica(String name, String module) {
        ServiceProcess replica = service(name, module);
        Runtime.getRuntime().addShutdownHook(new Thread(replica::stop, name + "-stop"));
        return replica;
    }

    /**
     * Each service connects to Kafka as its own principal, given as a deployment gives it
     * ({@code ONETRIP_KAFKA_PASSWORD}), so the journeys run under the ACLs a town would.
     */
    private static final java.util.Set<String> HOLDS_PERSONAL_DATA = java.util.Set.of("intake-service", "proxy-agent-service");

    private ServiceProcess service(String name, String module) {
        Map<String, String> own = new java.util.HashMap<>(env);
        java.util.Optional<String> password = TestInfrastructure.get().kafkaPassword(module);
        own.put("ONETRIP_KAFKA_SECURITY_PROTOCOL", password.isPresent() ? "SASL_PLAINTEXT" : "PLAINTEXT");
        password.ifPresent(p -> own.put("ONETRIP_KAFKA_PASSWORD", p));
        if (HOLDS_PERSONAL_DATA.contains(module)) {
            // Only the services that hold residents' personal data get its keys; the others start without them.
            own.putAll(Map.of("ONETRIP_PII_KEY_LOCAL", OneTripTestResource.PII_KEY,
                    "ONETRIP_PII_HASH_KEY", OneTripTestResource.PII_HASH_KEY,
                    "ONETRIP_PII_EXCHANGE_KEY", OneTripTestResource.PII_EXCHANGE_KEY));
        }
        return new ServiceProcess(name, module, freePort(), freePort(), own, root);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
