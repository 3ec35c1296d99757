package org.onetrip.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker in KRaft mode, run as a child process so that its classpath never
 * mixes with anyone else's. It can be stopped and started again on the same data and ports, which is
 * how tests simulate a broker outage.
 */
final class KafkaBroker implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path dir;
    private final Path config;
    private final int port;
    private final KafkaCredentials credentials;
    private Process process;

    private KafkaBroker(Path dir, int port, int controllerPort, boolean ephemeral) throws IOException {
        this.dir = dir;
        this.port = port;
        this.config = dir.resolve("server.properties");
        Files.createDirectories(dir);
        this.credentials = KafkaCredentials.in(dir);
        writeConfig(controllerPort, ephemeral);
    }

    static KafkaBroker create(DevStackOptions options) throws IOException {
        Path dir = options.dataDir().resolve("kafka");
        boolean beforeAuthentication = Files.exists(dir.resolve("logs").resolve("meta.properties"))
                && !KafkaCredentials.existIn(dir);
        if (options.ephemeral() || beforeAuthentication) {
            // Data of a broker that took anyone's writes is not carried over into one that authenticates.
            deleteRecursively(dir);
        }
        return new KafkaBroker(dir, Ports.orFree(options.kafkaPort()), Ports.orFree(0), options.ephemeral());
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    synchronized void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        if (Ports.inUse(port)) {
            throw new IllegalStateException("port " + port + " is taken: is another Kafka running?");
        }
        formatStorageOnce();
        process = java(KafkaBrokerMain.class.getName(), config.toString()).start();
        awaitReady();
        try (Admin admin = KafkaAccess.admin(bootstrapServers(), credentials)) {
            KafkaAccess.provisionServices(admin, credentials);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("giving the services their Kafka credentials and ACLs failed: " + e.getCause(), e);
        }
    }

    /** A department system's credential and topic; its password. */
    String provisionDepartment(String code) throws Exception {
        try (Admin admin = KafkaAccess.admin(bootstrapServers(), credentials)) {
            return KafkaAccess.provisionDepartment(admin, credentials, code);
        }
    }

    /** Stops the broker with SIGTERM, as an operator would, and waits until it is gone. */
    synchronized void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void formatStorageOnce() throws IOException, InterruptedException {
        if (Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
            return;
        }
        // The super user's SCRAM credential must exist before the broker can authenticate to itself.
        Process format = java("kafka.tools.StorageTool", "format", "--ignore-formatted",
                "-t", Uuid.randomUuid().toString(), "-c", config.toString(),
                "--add-scram", KafkaAccess.MECHANISM + "=[name=" + KafkaAccess.ADMIN + ",password="
                        + credentials.passwordOf(KafkaAccess.ADMIN) + "]").start();
        format.getOutputStream().close();
        if (format.waitFor() != 0) {
            throw new IllegalStateException("formatting Kafka storage failed; see " + log());
        }
    }

    private ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + writeLogConfig(),
                "-cp", System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = KafkaAccess.admin(bootstrapServers(), credentials)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see " + log());
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    Thread.sleep(200);
                }
            }
        }
        throw new IllegalStateException("Kafka not ready within " + READY_TIMEOUT + "; see " + log());
    }

    private Path log() {
        return dir.resolve("kafka.log");
    }

    private void writeConfig(int controllerPort, boolean ephemeral) throws IOException {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        // Every connection authenticates: clients with SCRAM on the client listener, the broker to its own
        // controller with PLAIN (KRaft keeps SCRAM credentials in the metadata the controller serves).
        String admin = KafkaAccess.ADMIN;
        String password = credentials.passwordOf(admin);
        p.put("listeners", "SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        p.put("listener.security.protocol.map", "CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT");
        p.put("sasl.enabled.mechanisms", KafkaAccess.MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", KafkaAccess.MECHANISM);
        p.put("listener.name.sasl_plaintext.sasl.enabled.mechanisms", KafkaAccess.MECHANISM);
        p.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + admin + "\" password=\"" + password + "\";");
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + admin + "\" password=\""
                        + password + "\" user_" + admin + "=\"" + password + "\";");
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + admin);
        p.put("log.dirs", dir.resolve("logs").toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        if (!ephemeral) {
            // Local data of `onetrip up` is kept for a week, like a small real cluster would keep it.
            p.put("log.retention.hours", "168");
        }
        try (Writer w = Files.newBufferedWriter(config)) {
            p.store(w, "written by the OneTrip devstack");
        }
    }

    private String writeLogConfig() {
        Path file = dir.resolve("log4j2.properties");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, """
                        appender.out.type=Console
                        appender.out.name=out
                        appender.out.layout.type=PatternLayout
                        appender.out.layout.pattern=%d %-5p [%c{1}] %m%n
                        rootLogger.level=WARN
                        rootLogger.appenderRef.out.ref=out
                        logger.kafka.name=kafka.server.KafkaRaftServer
                        logger.kafka.level=INFO
                        """);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
