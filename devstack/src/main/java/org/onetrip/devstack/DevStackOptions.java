package org.onetrip.devstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How the devstack was asked to run.
 *
 * @param dataDir   where PostgreSQL and Kafka keep their data
 * @param ephemeral throw the data away afterwards and relax durability (tests)
 * @param durable   keep PostgreSQL's durability (fsync) even so: what the benchmarks measure against
 * @param pgPort    PostgreSQL port on 127.0.0.1; 0 picks a free one
 * @param kafkaPort Kafka port on 127.0.0.1; 0 picks a free one
 * @param databases the databases to create, one per service
 * @param control   take commands on standard input and stop when it closes (a parent process drives us)
 */
record DevStackOptions(Path dataDir, boolean ephemeral, boolean durable, int pgPort, int kafkaPort, List<String> databases,
                       boolean control) {

    static final List<String> SERVICE_DATABASES = List.of("catalogue", "intake", "proxyagent", "oversight");

    static DevStackOptions parse(String... args) {
        Path dataDir = Path.of(".onetrip", "data");
        boolean ephemeral = false;
        boolean durable = false;
        boolean control = false;
        int pgPort = 15432;
        int kafkaPort = 19092;
        List<String> databases = SERVICE_DATABASES;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> dataDir = Path.of(args[++i]);
                case "--ephemeral" -> ephemeral = true;
                case "--durable" -> durable = true;
                case "--control" -> control = true;
                case "--pg-port" -> pgPort = Integer.parseInt(args[++i]);
                case "--kafka-port" -> kafkaPort = Integer.parseInt(args[++i]);
                case "--databases" -> databases = Arrays.stream(args[++i].split(",")).map(String::trim).toList();
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --data DIR --ephemeral --durable --control --pg-port N --kafka-port N --databases a,b)");
            }
        }
        return new DevStackOptions(dataDir.toAbsolutePath(), ephemeral, durable, pgPort, kafkaPort, databases, control);
    }
}
