package org.onetrip.platform.personaldata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;

import java.util.HashMap;
import java.util.Map;

/**
 * Personal data one service hands to another over Kafka (a proxy agent's submission carries the resident
 * to intake), sealed with a key only those two services hold: {@code onetrip.pii.exchange.keys.<id>} and
 * {@code onetrip.pii.exchange.active-key}. The topic, the producer's outbox row and Kafka's log segments
 * then hold only ciphertext, and every other consumer of the topic, lacking the key, cannot open it.
 * A service that is configured with no exchange key cannot use this bean.
 */
@ApplicationScoped
public class PersonalDataExchange {
    static final String PREFIX = "onetrip.pii.exchange";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final Config config;
    private volatile SealingKeys keys;

    PersonalDataExchange(Config config) {
        this.config = config;
    }

    /** Named values (e.g. name, idNumber, phone) sealed together as one JSON object. */
    public String sealFields(Map<String, String> fields) {
        try {
            return keys().seal(JSON.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("personal data could not be written", e);
        }
    }

    /** What {@link #sealFields} sealed; an IllegalStateException if it cannot be opened with the keys here. */
    public Map<String, String> openFields(String sealed) {
        try {
            return JSON.readValue(keys().open(sealed), FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sealed personal data is not what sealFields writes", e);
        }
    }

    private SealingKeys keys() {
        if (keys == null) {
            Map<String, String> configured = new HashMap<>();
            for (String name : config.getPropertyNames()) {
                if (name.startsWith(PREFIX + ".keys.")) {
                    config.getOptionalValue(name, String.class).ifPresent(v -> configured.put(name.substring(PREFIX.length() + 6), v));
                }
            }
            String active = config.getOptionalValue(PREFIX + ".active-key", String.class)
                    .orElseThrow(() -> new IllegalStateException("no " + PREFIX + ".active-key: this service exchanges no personal data"));
            keys = new SealingKeys(PREFIX, configured, active);
        }
        return keys;
    }
}
