package org.onetrip.e2e;

import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.OneTripSystem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chaos run: a town's work goes on while services are restarted and killed, replicas come and go, the broker and
 * the database stop; afterwards nothing the system acknowledged is lost, applied twice or read out of order. The build runs
 * it for three minutes ({@code -Donetrip.chaos.length=PT3M}); {@code ./onetrip chaos 30} runs it for half an hour.
 * Each run prints its seed; {@code -Donetrip.chaos.seed=} deals the same faults in the same order again, and
 * {@code -Donetrip.chaos.only=} keeps the faults whose names contain it.
 */
class ChaosIT {
    /** Long enough after the last fault for every consumer to catch up, short of hiding a loss behind a wait. */
    private static final Duration SETTLE = Duration.ofMinutes(3);

    @Test
    void nothingAcknowledgedIsLostOrAppliedTwiceWhateverBreaks() throws Exception {
        OneTripSystem system = OneTripSystem.get();
        Duration length = Duration.parse(System.getProperty("onetrip.chaos.length", "PT3M"));
        long seed = Long.getLong("onetrip.chaos.seed", System.nanoTime());
        System.out.printf("chaos: %s of faults, seed %d%n", length, seed);

        ChaosFaults faults = new ChaosFaults(system, new Random(seed), System.getProperty("onetrip.chaos.only", ""));
        ChaosLoad load = new ChaosLoad(system, 8).start();
        try (load) {
            Instant end = Instant.now().plus(length);
            while (Instant.now().isBefore(end)) {
                faults.injectOne();
            }
        }
        ChaosLedger ledger = new ChaosLedger(load);
        Instant deadline = Instant.now().plus(SETTLE);
        ChaosLedger.Findings findings = ledger.check();
        while (!findings.clean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(3000);
            findings = ledger.check();
        }

        String report = """
                chaos run of %s, seed %d: %d faults injected %s
                window: %d cases submitted, %d accepted, %d decided by the department; %d agents' requests; %d calls refused or unanswered
                %s
                """.formatted(length, seed, faults.count(), faults.injected(), load.submitted.size(), load.accepted.size(),
                load.decided.size(), load.proxySubmitted.size(), load.refused.get(), findings);
        System.out.print(report);
        Files.writeString(Path.of("target", "chaos-report.txt"), report);

        assertThat(faults.count()).as("faults injected").isPositive();
        assertThat(load.accepted).as("cases accepted while the faults went on").isNotEmpty();
        assertThat(findings.lost()).as("lost").isEmpty();
        assertThat(findings.doubled()).as("applied twice").isEmpty();
        assertThat(findings.disordered()).as("read out of order").isEmpty();
        assertThat(findings.undrained()).as("outboxes not drained").isEmpty();
    }
}
