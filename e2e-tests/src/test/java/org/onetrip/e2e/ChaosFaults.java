package org.onetrip.e2e;

import org.onetrip.platform.testing.OneTripSystem;
import org.onetrip.platform.testing.ServiceProcess;
import org.onetrip.platform.testing.TestInfrastructure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The faults of a chaos run, dealt from a shuffled deck so each kind comes round in every pass: each service stopped
 * as an operator or a rolling update stops it and started again, each killed with SIGKILL, a second replica of intake
 * and of oversight started and one of the two killed, the broker stopped, PostgreSQL stopped. Each fault ends with
 * everything back and ready, so the next one starts from a whole system.
 */
final class ChaosFaults {
    private record Fault(String name, Runnable inject) {
    }

    private final OneTripSystem system;
    private final Random random;
    private final List<Fault> kinds = new ArrayList<>();
    private final List<Fault> deck = new ArrayList<>();
    private final Map<String, Integer> injected = new TreeMap<>();
    private int replicas;

    /**
     * @param only the faults whose names contain it ({@code -Donetrip.chaos.only="restart oversight"} to repeat one kind
     *             until it shows), or every kind when blank
     */
    ChaosFaults(OneTripSystem system, Random random, String only) {
        this.system = system;
        this.random = random;
        for (ServiceProcess service : services()) {
            kinds.add(new Fault("restart " + service.name, () -> {
                service.stop();
                service.start();
            }));
            kinds.add(new Fault("kill -9 " + service.name, () -> {
                service.kill();
                service.start();
            }));
        }
        kinds.add(new Fault("two intakes, one killed", () -> replicaKilled(system.intake, "intake-service")));
        kinds.add(new Fault("two oversights, one killed", () -> replicaKilled(system.oversight, "oversight-service")));
        TestInfrastructure infrastructure = TestInfrastructure.get();
        kinds.add(new Fault("broker stopped", () -> {
            infrastructure.stopKafka();
            pause(5, 15);
            infrastructure.startKafka();
        }));
        if (infrastructure.canStopPostgres()) {
            kinds.add(new Fault("PostgreSQL stopped", () -> {
                infrastructure.stopPostgres();
                pause(5, 15);
                infrastructure.startPostgres();
            }));
        }
        kinds.removeIf(k -> !k.name().contains(only));
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("no fault is named like '" + only + "'");
        }
    }

    /** Waits a random moment, injects the next fault of the deck, and returns when everything is ready again. */
    void injectOne() {
        pause(3, 12);
        if (deck.isEmpty()) {
            deck.addAll(kinds);
            Collections.shuffle(deck, random);
        }
        Fault fault = deck.remove(deck.size() - 1);
        System.out.printf("%s chaos: %s%n", java.time.LocalTime.now(), fault.name());
        fault.inject().run();
        services().forEach(s -> s.awaitReady(OneTripSystem.READY));
        injected.merge(fault.name(), 1, Integer::sum);
    }

    int count() {
        return injected.values().stream().mapToInt(Integer::intValue).sum();
    }

    Map<String, Integer> injected() {
        return injected;
    }

    /**
     * A second replica joins the consumer groups and takes half the partitions; then one of the two dies without
     * leaving them, and the other takes them over once the broker's session times out.
     */
    private void replicaKilled(ServiceProcess first, String module) {
        ServiceProcess second = system.replica(first.name + "-chaos-" + (++replicas), module);
        second.start();
        second.awaitReady(OneTripSystem.READY);
        pause(5, 15);
        if (random.nextBoolean()) {
            second.kill();
            return;
        }
        first.kill();
        pause(5, 15);
        first.start();
        first.awaitReady(OneTripSystem.READY);
        second.stop();
    }

    private List<ServiceProcess> services() {
        return List.of(system.catalogue, system.intake, system.proxyAgent, system.oversight);
    }

    private void pause(int fromSeconds, int toSeconds) {
        try {
            Thread.sleep(1000L * (fromSeconds + random.nextInt(toSeconds - fromSeconds + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
