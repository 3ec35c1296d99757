package org.onetrip.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service running as its own process, as it would be deployed. */
public final class ServiceProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * Tests start many services and want them small and quick to start (C1 only, serial GC); the
     * benchmarks pass the options {@code ./onetrip up} runs them with, to measure them as deployed.
     */
    private static final List<String> JVM_OPTIONS = List.of(System.getProperty("onetrip.service.jvm-options",
            "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1").trim().split("\\s+"));

    public final String name;
    public final int port;
    /** Health and metrics: the management interface, not the public port. */
    public final int managementPort;
    private final Path jar;
    private final Map<String, String> env;
    private final Path log;
    private Process process;

    ServiceProcess(String name, String module, int port, int managementPort, Map<String, String> env, Path root) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        this.env = new HashMap<>(env);
        this.env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        this.env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        this.log = root.resolve("target/onetrip-logs/" + name + ".log");
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A path of the management interface, e.g. {@code /q/health/ready}. */
    public String managementUrl(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    public ServiceProcess withEnv(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** The operating-system process id, for measuring it. */
    public long pid() {
        return process.pid();
    }

    public void start() {
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(JVM_OPTIONS);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl("/q/health/ready")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
    }

    /** SIGTERM, as an operator stops it. */
    public void stop() {
        end(false);
    }

    /** SIGKILL, as a crash. */
    public void kill() {
        end(true);
    }

    private void end(boolean force) {
        if (process == null || !process.isAlive()) {
            return;
        }
        if (force) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
