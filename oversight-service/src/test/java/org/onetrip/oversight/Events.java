package org.onetrip.oversight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.PublishedItems;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The events the other services publish, as oversight receives them. */
public final class Events {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100000));

    private Events() {
    }

    public static String newCaseNumber(String jurisdiction) {
        return jurisdiction + "-2026-" + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
    }

    /** An intake.cases event carrying the case as it stands; returns its {@code ce_id}. */
    public static String caseEvent(String kind, String number, String jurisdiction, String status, String channel,
                                 LocalDate acceptedOn, Integer promisedDays, LocalDate dueDate, int trips,
                                 OffsetDateTime at, Map<String, Object> extra) {
        Map<String, Object> data = new HashMap<>(Map.of("number", number, "status", status, "itemCode", "330109013-QR-0001",
                "itemVersion", 1, "itemName", "老年优待证核发", "jurisdiction", jurisdiction, "channel", channel,
                "applicantKind", "PERSON", "departments", List.of(Map.of("department", "330109013-MZ", "role", "IMPLEMENTING",
                        "stage", "ROUTED")), "trips", trips));
        data.put("submittedAt", at.minusDays(1).toString());
        data.put("submittedBy", "resident-1");
        data.put("submittedAs", "applicant");
        data.put("at", at.toString());
        data.put("actor", "test");
        if (acceptedOn != null) {
            data.put("acceptedOn", acceptedOn.toString());
            data.put("promisedDays", promisedDays);
            data.put("dueDate", dueDate.toString());
        }
        data.putAll(extra);
        return KafkaProbe.sendEvent("intake.cases", "/onetrip/intake", "org.onetrip.intake.case." + kind + ".v1", number, json(data));
    }

    public static void itemPublished(String code, String jurisdiction, boolean reformListed, OffsetDateTime publishedAt) {
        PublishedItems.publish(code, 1, publishedAt, Map.of("name", "事项 " + code, "jurisdiction", jurisdiction,
                "reformListed", reformListed, "proxyEligible", false, "trips", 1));
    }

    public static OffsetDateTime at(LocalDate day) {
        return day.atTime(3, 0).atOffset(ZoneOffset.UTC);
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
