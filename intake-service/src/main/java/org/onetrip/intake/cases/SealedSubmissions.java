package org.onetrip.intake.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.PoisonEventException;
import org.onetrip.platform.personaldata.PersonalDataExchange;

import java.util.Map;

/**
 * A submission that crossed Kafka with its applicant sealed under an exchange key (a proxy agent's, from
 * proxy-agent-service, or a department system's counter registration): the event's data as intake reads it, with
 * {@code submission.applicant.sealed} opened into the applicant's {@code name}, {@code idNumber} or {@code creditCode}
 * and {@code phone}. An event whose applicant is not sealed, or cannot be opened or read, can never apply: a poison event.
 */
@ApplicationScoped
public class SealedSubmissions {
    private final PersonalDataExchange exchange;
    private final ObjectMapper json;

    SealedSubmissions(PersonalDataExchange exchange, ObjectMapper json) {
        this.exchange = exchange;
        this.json = json;
    }

    public <T> T read(CloudEvent event, Class<T> type) {
        JsonNode sealed = event.data().path("submission").path("applicant").path("sealed");
        if (!sealed.isTextual()) {
            throw new PoisonEventException(event.type() + " " + event.id() + " carries no sealed applicant");
        }
        Map<String, String> fields;
        try {
            fields = exchange.openFields(sealed.asText());
        } catch (IllegalStateException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + ": the applicant cannot be opened: " + e.getMessage());
        }
        ObjectNode data = event.data().deepCopy();
        ObjectNode applicant = (ObjectNode) data.path("submission").path("applicant");
        applicant.remove("sealed");
        fields.forEach(applicant::put);
        try {
            return json.treeToValue(data, type);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + " cannot be read: " + e.getOriginalMessage());
        }
    }
}
