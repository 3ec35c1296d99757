package org.onetrip.bench;

import org.onetrip.platform.testing.OneTripSystem;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 7. A quiet minute: many cases open and nobody asking anything. What the system costs then should not grow
 * with the open cases: processor time a second, by part, over a minute without requests.
 */
final class Quiet {
    private static final int OPEN = Integer.getInteger("bench.open", 10_000);
    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final Duration MINUTE = Duration.ofSeconds(60);

    private Quiet() {
    }

    static void run(OneTripSystem system) throws Exception {
        long open = openCases();
        if (open < OPEN) {
            long missing = OPEN - open;
            CatchUp.openCases(system.intake, () -> openCasesOrZero() >= OPEN);
            Bench.say("   (opened %d cases at the window to have %d open)", missing, OPEN);
        }
        Bench.awaitCaughtUp();
        Thread.sleep(SETTLE.toMillis()); // the load before: its last commits, checkpoints and JIT compilations
        CpuMeter cpu = new CpuMeter(List.of(system.catalogue, system.intake, system.proxyAgent, system.oversight));
        var before = cpu.sample();
        Thread.sleep(MINUTE.toMillis());
        Map<String, Double> perSecond = CpuMeter.perOperation(before, cpu.sample(), MINUTE.toSeconds());
        Bench.say("7. quiet minute with %d open cases: %.1f ms of processor time a second (%s)", openCases(),
                perSecond.get("all"), perSecond.entrySet().stream().filter(e -> !e.getKey().equals("all"))
                        .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f", e.getValue()))
                        .collect(Collectors.joining(", ")));
        Bench.json("quiet", Map.of("openCases", openCases(), "cpuMsPerSecond", perSecond.get("all")));
    }

    /** Cases accepted and not yet finished, as intake counts them. */
    private static long openCases() throws Exception {
        try (Connection c = Bench.connect("intake");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from intake_case where status in ('ACCEPTED', 'ROUTED', 'IN_PROGRESS', 'SUSPENDED')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long openCasesOrZero() {
        try {
            return openCases();
        } catch (Exception e) {
            return 0;
        }
    }
}
