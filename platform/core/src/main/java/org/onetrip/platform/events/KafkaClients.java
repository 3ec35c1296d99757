package org.onetrip.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;

import java.util.HashMap;
import java.util.Map;

/**
 * The connection of the Kafka clients a service makes itself (the outbox relay's producer, the topic
 * admin): the same {@code kafka.*} settings the messaging channels get, so every client of a service
 * authenticates as the service's one principal.
 */
@ApplicationScoped
public class KafkaClients {
    /** With the trust store of a TLS listener, e.g. Strimzi's cluster CA as PEM (deploy/kubernetes). */
    private static final String[] CONNECTION = {"bootstrap.servers", "security.protocol", "sasl.mechanism", "sasl.jaas.config",
            "ssl.truststore.type", "ssl.truststore.location"};

    private final Map<String, Object> connection = new HashMap<>();

    KafkaClients(Config config) {
        for (String name : CONNECTION) {
            config.getOptionalValue("kafka." + name, String.class).ifPresent(value -> connection.put(name, value));
        }
    }

    /** The connection settings with {@code more} on top. */
    public Map<String, Object> config(Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(connection);
        all.putAll(more);
        return all;
    }
}
