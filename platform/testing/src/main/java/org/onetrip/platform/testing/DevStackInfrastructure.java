package org.onetrip.platform.testing;

import org.onetrip.devstack.KafkaAccess;
import org.onetrip.devstack.KafkaCredentials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The devstack as a child process of the test JVM, on free ports and a throw-away directory. It is
 * driven through its standard input and ends when the test JVM does, however that ends.
 */
final class DevStackInfrastructure implements TestInfrastructure {
    private static final long START_TIMEOUT_SECONDS = 180;

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Map<String, String> ready;

    private DevStackInfrastructure(Process process) throws InterruptedException {
        this.process = process;
        this.commands = process.outputWriter(StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readAnswers, "devstack-output");
        reader.setDaemon(true);
        reader.start();
        String line = answers.poll(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (line == null || !line.startsWith("DEVSTACK READY")) {
            process.destroyForcibly();
            throw new IllegalStateException("devstack did not start: " + line + " (see " + log() + ")");
        }
        this.ready = parse(line);
    }

    static DevStackInfrastructure start() {
        String home = System.getProperty("onetrip.devstack.home");
        if (home == null) {
            throw new IllegalStateException("system property onetrip.devstack.home is not set: run the tests through Maven");
        }
        try {
            Path data = Files.createTempDirectory("onetrip-devstack-");
            Files.createDirectories(log().getParent());
            Path devstack = Path.of(home);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", devstack.resolve("classes") + java.io.File.pathSeparator + devstack.resolve("devstack/lib/*"),
                    "org.onetrip.devstack.DevStack",
                    "--data", data.toString(), "--ephemeral", "--control",
                    "--pg-port", "0", "--kafka-port", "0", "--databases", DATABASES));
            if (Boolean.getBoolean("onetrip.devstack.durable")) {
                command.add("--durable"); // the benchmarks' durable baseline: fsync on, as ./onetrip up runs PostgreSQL
            }
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
            var infrastructure = new DevStackInfrastructure(process);
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop, "devstack-stop"));
            return infrastructure;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path log() {
        return Path.of("target", "devstack.log").toAbsolutePath();
    }

    private static Map<String, String> parse(String readyLine) {
        Map<String, String> values = new HashMap<>();
        for (String part : readyLine.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return values;
    }

    private void readAnswers() {
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("DEVSTACK") || line.startsWith("OK") || line.startsWith("ERROR")) {
                    answers.add(line);
                }
            }
        } catch (IOException ignored) {
            // the devstack is gone; a pending command will time out and say so
        }
    }

    private synchronized String command(String command) {
        try {
            commands.write(command + "\n");
            commands.flush();
            String answer = answers.poll(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (answer == null || !answer.startsWith("OK")) {
                throw new IllegalStateException("devstack answered " + answer + " to " + command + " (see " + log() + ")");
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stop() {
        try {
            commands.close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }

    @Override
    public String postgresUrl() {
        return ready.get("postgres");
    }

    @Override
    public String postgresUser() {
        return ready.get("user");
    }

    @Override
    public String postgresPassword() {
        return ready.get("password");
    }

    @Override
    public String kafkaBootstrapServers() {
        return ready.get("kafka");
    }

    @Override
    public java.util.Optional<String> kafkaPassword(String principal) {
        String password = KafkaCredentials.in(Path.of(ready.get("data"), "kafka")).find(principal)
                .orElseThrow(() -> new IllegalStateException("the devstack has no Kafka principal " + principal));
        return java.util.Optional.of(password);
    }

    @Override
    public Map<String, Object> kafkaDepartment(String departmentCode) {
        String answer = command("department " + departmentCode);
        return KafkaAccess.clientConfig("department-" + departmentCode, answer.substring("OK department ".length()).trim());
    }

    @Override
    public void stopKafka() {
        command("kafka-stop");
    }

    @Override
    public void startKafka() {
        command("kafka-start");
    }

    @Override
    public boolean canStopPostgres() {
        return true;
    }

    @Override
    public void stopPostgres() {
        command("postgres-stop");
    }

    @Override
    public void startPostgres() {
        command("postgres-start");
    }
}
