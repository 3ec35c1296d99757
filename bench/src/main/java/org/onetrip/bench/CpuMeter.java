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

    /** A process's part of the system and its processor time so far. */
    record Usage(String part, Duration cpu) {
    }

    /** Processor time so far, by process id. */
    Map<Long, Usage> sample() {
        Map<Long, Usage> used = new LinkedHashMap<>();
        // PostgreSQL's server detaches from the devstack that started it, so it is found by its name.
        Stream.concat(Stream.concat(Stream.of(ProcessHandle.current()), ProcessHandle.current().descendants()),
                ProcessHandle.allProcesses().filter(CpuMeter::postgres)).forEach(p ->
                used.put(p.pid(), new Usage(part(p), p.info().totalCpuDuration().orElse(Duration.ZERO))));
        return used;
    }

    /**
     * Milliseconds of processor time per operation, by part, between two samples; "all" sums them. Counted
     * per process, so one that ended in between (a closed database connection) takes nothing away.
     */
    static Map<String, Double> perOperation(Map<Long, Usage> before, Map<Long, Usage> after, long operations) {
        Map<String, Double> ms = new LinkedHashMap<>();
        after.forEach((pid, usage) -> {
            Duration earlier = before.containsKey(pid) ? before.get(pid).cpu() : Duration.ZERO;
            ms.merge(usage.part(), usage.cpu().minus(earlier).toNanos() / 1e6 / Math.max(1, operations), Double::sum);
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
