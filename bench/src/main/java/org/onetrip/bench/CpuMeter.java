package org.onetrip.bench;

import org.onetrip.platform.testing.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the machine's CPU goes: the processor time of every process this benchmark started (each
 * service, the Kafka broker, the devstack), of PostgreSQL's processes and of the load generator itself,
 * so a step's figures show which part of the system spent the cores.
 */
final class CpuMeter {
    private final Map<Long, String> services;

    CpuMeter(List<ServiceProcess> services) {
        this.services = services.stream().collect(Collectors.toMap(ServiceProcess::pid, s -> s.name));
    }

    /** Processor time so far, by part. */
    Map<String, Duration> sample() {
        Map<String, Duration> used = new LinkedHashMap<>();
        // PostgreSQL's server detaches from the devstack that started it, so it is found by its name.
        Stream.concat(Stream.concat(Stream.of(ProcessHandle.current()), ProcessHandle.current().descendants()),
                ProcessHandle.allProcesses().filter(CpuMeter::postgres)).distinct().forEach(p -> {
            Duration cpu = p.info().totalCpuDuration().orElse(Duration.ZERO);
            used.merge(part(p), cpu, Duration::plus);
        });
        return used;
    }

    /** Milliseconds of processor time per operation, by part, between two samples; "all" sums them. */
    static Map<String, Double> perOperation(Map<String, Duration> before, Map<String, Duration> after, long operations) {
        Map<String, Double> ms = new LinkedHashMap<>();
        after.forEach((part, cpu) -> {
            double spent = cpu.minus(before.getOrDefault(part, Duration.ZERO)).toNanos() / 1e6;
            ms.put(part, Math.max(0, spent) / Math.max(1, operations));
        });
        ms.put("all", ms.values().stream().mapToDouble(Double::doubleValue).sum());
        return ms;
    }

    private String part(ProcessHandle p) {
        if (p.pid() == ProcessHandle.current().pid()) {
            return "load generator";
        }
        String name = services.get(p.pid());
        if (name != null) {
            return name;
        }
        if (postgres(p)) {
            return "postgres";
        }
        return commandLine(p).contains("KafkaBrokerMain") ? "kafka" : "devstack";
    }

    private static boolean postgres(ProcessHandle p) {
        return p.info().command().orElse("").endsWith("/postgres");
    }

    /** Read from /proc: ProcessHandle.Info leaves the arguments out of a command line as long as a classpath. */
    private static String commandLine(ProcessHandle p) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(p.pid()), "cmdline"));
        } catch (IOException | UncheckedIOException gone) {
            return "";
        }
    }
}
