package org.onetrip.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Real PostgreSQL and a real Kafka broker on 127.0.0.1, without Docker: what {@code ./onetrip up}
 * and the tests run against when nothing else is given.
 *
 * <p>Prints one line starting with {@code DEVSTACK READY} once both serve. With {@code --control}
 * it reads commands from standard input ({@code kafka-stop}, {@code kafka-start}, {@code postgres-stop},
 * {@code postgres-start}, {@code department CODE}, {@code stop}),
 * answers each with one line, and shuts down when its input closes.
 */
public final class DevStack {
    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        DevStackOptions options = DevStackOptions.parse(args);
        Postgres postgres = Postgres.start(options);
        KafkaBroker kafka = KafkaBroker.create(options);
        Thread stopper = new Thread(() -> stop(options, postgres, kafka), "devstack-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            kafka.start();
        } catch (RuntimeException | IOException e) {
            System.out.println("DEVSTACK FAILED " + e.getMessage());
            System.exit(1);
        }
        System.out.println("DEVSTACK READY postgres=" + postgres.baseUrl() + " user=" + Postgres.USER
                + " password=" + Postgres.PASSWORD + " kafka=" + kafka.bootstrapServers()
                + " data=" + options.dataDir());
        System.out.flush();
        if (options.control()) {
            obey(kafka, postgres);
            System.exit(0);
        }
        Thread.currentThread().join();
    }

    private static void obey(KafkaBroker kafka, Postgres postgres) throws Exception {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            switch (line.trim()) {
                case "" -> {
                    continue;
                }
                case "kafka-stop" -> {
                    kafka.stop();
                    System.out.println("OK kafka stopped");
                }
                case "kafka-start" -> {
                    kafka.start();
                    System.out.println("OK kafka started");
                }
                case "postgres-stop" -> {
                    try {
                        postgres.stopForOutage();
                        System.out.println("OK postgres stopped");
                    } catch (IOException | RuntimeException e) {
                        System.out.println("ERROR postgres-stop " + e.getMessage());
                    }
                }
                case "postgres-start" -> {
                    try {
                        postgres.startAgain();
                        System.out.println("OK postgres started");
                    } catch (IOException | java.sql.SQLException | RuntimeException e) {
                        System.out.println("ERROR postgres-start " + e.getMessage());
                    }
                }
                case "stop" -> {
                    return;
                }
                default -> {
                    if (line.trim().startsWith("department ")) {
                        department(kafka, line.trim().substring("department ".length()).trim());
                    } else {
                        System.out.println("ERROR unknown command " + line);
                    }
                }
            }
            System.out.flush();
        }
    }

    /** Answers with the department system's password, for the test that drives the devstack. */
    private static void department(KafkaBroker kafka, String code) {
        try {
            System.out.println("OK department " + kafka.provisionDepartment(code));
        } catch (Exception e) {
            System.out.println("ERROR department " + code + ": " + e.getMessage());
        }
    }

    private static void stop(DevStackOptions options, Postgres postgres, KafkaBroker kafka) {
        try {
            kafka.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("stopping PostgreSQL: " + e.getMessage());
        }
        if (options.ephemeral()) {
            try {
                // PostgreSQL's ephemeral directory is removed by the embedded server itself.
                KafkaBroker.deleteRecursively(options.dataDir().resolve("kafka"));
            } catch (IOException e) {
                System.err.println("removing " + options.dataDir() + ": " + e.getMessage());
            }
        }
    }
}
