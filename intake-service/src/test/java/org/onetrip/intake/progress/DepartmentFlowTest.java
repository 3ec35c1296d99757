package org.onetrip.intake.progress;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.personaldata.PersonalDataExchange;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestClock;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A case from routing to completion, driven by department systems over Kafka or by officers in the inbox. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class DepartmentFlowTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    TestClock clock;

    @Inject
    PersonalDataExchange exchange;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDepartmentSystemDrivesACaseToCompletionOverKafkaAlone() {
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            String number = acceptedCase(List.of());
            ConsumerRecord<String, String> routed = awaitEvent(cases, number, "routed");
            EventSchemas.assertValid(routed);
            assertThat(routed.value()).contains("\"department\":\"" + Fixtures.MZ + "\"").doesNotContain(Fixtures.ID);

            report(number, Fixtures.MZ, "acknowledged", Map.of());
            report(number, Fixtures.MZ, "decided", Map.of("decision", "APPROVED", "resultDocument", "义民优字〔2026〕0042号"));
            awaitStatus(number, "COMPLETED");
            Fixtures.asClerk().get("/api/v1/cases/" + number).then()
                    .body("decision", equalTo("APPROVED")).body("result", equalTo("义民优字〔2026〕0042号"));
            EventSchemas.assertValid(awaitEvent(cases, number, "completed"));

            Fixtures.asClerk().body(Map.of("method", "WINDOW_PICKUP")).post("/api/v1/cases/" + number + "/delivery")
                    .then().statusCode(200).body("status", equalTo("DELIVERED"));
            EventSchemas.assertValid(awaitEvent(cases, number, "delivered"));
        }
    }

    @Test
    void anOfficerDrivesACaseThroughTheInboxAndASuspensionPausesTheClock() {
        clock.setDay(LocalDate.of(2026, 3, 2));
        String number = acceptedCase(List.of());
        Fixtures.asClerk().get("/api/v1/cases/" + number).then().body("dueDate", equalTo("2026-03-09"));

        Fixtures.asOfficer(Fixtures.MZ).queryParam("stage", "ROUTED").get("/api/v1/inbox/cases")
                .then().statusCode(200).body("items.number", org.hamcrest.Matchers.hasItem(number));
        // Monday 2 March, due Monday 9 March: five working days left.
        assertThat(inboxEntry(number)).containsEntry("workingDaysLeft", 5).containsEntry("departmentStage", "ROUTED");
        Fixtures.asOfficer(Fixtures.MZ).post("/api/v1/inbox/cases/" + number + "/claim")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("kind", "MATERIALS_REQUESTED", "note", "请补充户籍证明"))
                .post("/api/v1/inbox/cases/" + number + "/progress")
                .then().statusCode(200).body("status", equalTo("SUSPENDED")).body("suspendedOn", equalTo("2026-03-02"));
        clock.setDay(LocalDate.of(2026, 3, 5));
        assertThat(inboxEntry(number)).as("suspended: the count stands").containsEntry("workingDaysLeft", 5);
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("kind", "RESUMED"))
                .post("/api/v1/inbox/cases/" + number + "/progress")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")).body("dueDate", equalTo("2026-03-12"));
        clock.setDay(LocalDate.of(2026, 3, 16));
        assertThat(inboxEntry(number)).as("two working days overdue").containsEntry("workingDaysLeft", -2);
        assertInboxOrder();
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "DENIED", "note", "不符合条件"))
                .post("/api/v1/inbox/cases/" + number + "/decision")
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("decision", equalTo("DENIED"));
        assertThat(inboxEntry(number)).containsEntry("departmentStage", "DECIDED").containsEntry("workingDaysLeft", null);
        assertInboxOrder();
        Fixtures.asOfficer(Fixtures.MZ).queryParam("undecided", true).queryParam("size", 100).get("/api/v1/inbox/cases")
                .then().statusCode(200).body("items.number", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(number)))
                .body("items.departmentStage", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not("DECIDED")));
        // The department's words are in the history, the decision's too.
        List<String> notes = Fixtures.asClerk().get("/api/v1/cases/" + number + "/history").then().extract().path("note");
        assertThat(notes).anyMatch(n -> n != null && n.contains("要求补充材料") && n.contains("请补充户籍证明"));
        assertThat(notes.get(notes.size() - 1)).contains(Fixtures.MZ).contains("不予").contains("不符合条件");

        Fixtures.asOfficer("330109013-SB").post("/api/v1/inbox/cases/" + number + "/claim").then().statusCode(404);
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED"))
                .post("/api/v1/inbox/cases/" + number + "/decision").then().statusCode(409);
    }

    @Test
    void aCoHandledCaseCompletesOnlyWhenEveryDepartmentHasDecided() {
        String number = acceptedCase(List.of(Fixtures.NY));
        Fixtures.asClerk().get("/api/v1/cases/" + number).then()
                .body("departments.department", equalTo(List.of(Fixtures.MZ, Fixtures.NY)))
                .body("departments.role", equalTo(List.of("IMPLEMENTING", "CO_HANDLING")));
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED", "resultDocument", "A-1"))
                .post("/api/v1/inbox/cases/" + number + "/decision")
                .then().statusCode(200).body("status", equalTo("ROUTED"));
        // A decision that completes nothing yet is still a line of the history.
        Fixtures.asClerk().get("/api/v1/cases/" + number + "/history").then()
                .body("find { it.note != null && it.note.contains('A-1') }.to", equalTo("ROUTED"));
        report(number, Fixtures.NY, "decided", Map.of("decision", "APPROVED", "resultDocument", "B-2"));
        awaitStatus(number, "COMPLETED");
        Fixtures.asClerk().get("/api/v1/cases/" + number).then().body("result", equalTo("A-1；B-2"));
    }

    @Test
    void aRedeliveredProgressEventChangesNothing() {
        String number = acceptedCase(List.of());
        String id = UUID.randomUUID().toString();
        String data = Fixtures.json(Map.of("caseNumber", number, "department", Fixtures.MZ, "decision", "APPROVED"));
        KafkaProbe.sendDepartmentEvent(Fixtures.MZ, Progress.Kind.DECIDED.type(), number, data, id);
        awaitStatus(number, "COMPLETED");
        KafkaProbe.sendDepartmentEvent(Fixtures.MZ, Progress.Kind.DECIDED.type(), number, data, id);
        String marker = acceptedCase(List.of());
        report(marker, Fixtures.MZ, "acknowledged", Map.of());
        awaitStatus(marker, "IN_PROGRESS");

        List<String> history = Fixtures.asClerk().get("/api/v1/cases/" + number + "/history").then().extract().path("to");
        assertThat(history).containsExactly("SUBMITTED", "ACCEPTED", "ROUTED", "COMPLETED");
        try (KafkaProbe dlq = new KafkaProbe("department.progress.dlq.intake-service")) {
            assertThat(dlq.readThroughMarkers(Duration.ofSeconds(30))).noneMatch(r -> number.equals(r.key()));
        }
    }

    @Test
    void progressFromADepartmentTheCaseWasNotRoutedToIsDeadLettered() {
        String number = acceptedCase(List.of());
        report(number, "330109013-SB", "decided", Map.of("decision", "APPROVED"));
        try (KafkaProbe dlq = new KafkaProbe("department.progress.dlq.intake-service")) {
            ConsumerRecord<String, String> dead = dlq.awaitRecords(seen -> seen.stream().anyMatch(r -> number.equals(r.key())), PATIENCE)
                    .stream().filter(r -> number.equals(r.key())).findFirst().orElseThrow();
            assertThat(KafkaProbe.header(dead, "dead-letter-reason")).contains("330109013-SB").contains(number);
        }
        report(number, Fixtures.MZ, "acknowledged", Map.of());
        awaitStatus(number, "IN_PROGRESS");
    }

    @Test
    void aDepartmentCannotReportForAnotherOnItsOwnTopic() {
        String number = acceptedCase(List.of());
        String other = "330109013-SB";
        String data = Fixtures.json(Map.of("caseNumber", number, "department", Fixtures.MZ, "decision", "APPROVED"));
        try (KafkaProbe dlq = new KafkaProbe("department.progress.dlq.intake-service")) {
            KafkaProbe.send(KafkaProbe.department(other), KafkaProbe.DEPARTMENT_TOPIC_PREFIX + other, number, data, Map.of(
                    "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/departments/" + other,
                    "ce_type", Progress.Kind.DECIDED.type(), "ce_subject", number, "content-type", "application/json"));
            ConsumerRecord<String, String> dead = dlq.awaitRecords(seen -> seen.stream().anyMatch(r -> number.equals(r.key())), PATIENCE)
                    .stream().filter(r -> number.equals(r.key())).findFirst().orElseThrow();
            assertThat(KafkaProbe.header(dead, "dead-letter-reason")).contains(other);
        }
        Fixtures.asClerk().get("/api/v1/cases/" + number).then().body("status", equalTo("ROUTED"));
    }

    @Test
    void aProxySubmissionOpensExactlyOneCase() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        UUID requestId = UUID.randomUUID();
        String data = proxySubmission(requestId, item);
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            KafkaProbe.sendEvent("proxy.requests", "/onetrip/proxy-agent", "org.onetrip.proxyagent.request.submitted.v1",
                    requestId.toString(), data);
            KafkaProbe.sendEvent("proxy.requests", "/onetrip/proxy-agent", "org.onetrip.proxyagent.request.submitted.v1",
                    requestId.toString(), data);
            ConsumerRecord<String, String> submitted = cases.awaitRecords(seen -> seen.stream()
                    .anyMatch(r -> r.value().contains(requestId.toString())), PATIENCE)
                    .stream().filter(r -> r.value().contains(requestId.toString())).findFirst().orElseThrow();
            EventSchemas.assertValid(submitted);
            assertThat(submitted.value()).contains("\"channel\":\"PROXY\"");
            String marker = acceptedCase(List.of());
            List<ConsumerRecord<String, String>> all = cases.awaitRecords(seen -> seen.stream()
                    .anyMatch(r -> marker.equals(r.key()) && r.value().contains("ROUTED")), PATIENCE);
            assertThat(all.stream().filter(r -> r.value().contains(requestId.toString())).map(ConsumerRecord::key).distinct())
                    .hasSize(1);
        }
    }

    @Test
    void theAgentsHandoverDeliversTheWindowsCaseWithoutATrip() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        UUID requestId = UUID.randomUUID();
        KafkaProbe.sendEvent("proxy.requests", "/onetrip/proxy-agent", "org.onetrip.proxyagent.request.submitted.v1",
                requestId.toString(), proxySubmission(requestId, item));
        await().atMost(PATIENCE).until(() -> Fixtures.asClerk().queryParam("item", item).get("/api/v1/cases")
                .<Integer>path("total") == 1);
        String number = Fixtures.asClerk().queryParam("item", item).get("/api/v1/cases").path("items[0].number");
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED"))
                .post("/api/v1/inbox/cases/" + number + "/decision").then().statusCode(200).body("status", equalTo("COMPLETED"));

        String now = java.time.OffsetDateTime.now().toString();
        String delivered = Fixtures.json(Map.of("requestId", requestId.toString(), "status", "RESULT_DELIVERED", "itemCode", item,
                "village", Fixtures.TOWN + "201", "town", Fixtures.TOWN, "source", "PHONE", "requestedAt", now, "at", now,
                "actor", "agent-042"));
        String id = KafkaProbe.sendEvent("proxy.requests", "/onetrip/proxy-agent", "org.onetrip.proxyagent.request.delivered.v1",
                requestId.toString(), delivered);
        awaitStatus(number, "DELIVERED");
        Fixtures.asClerk().get("/api/v1/cases/" + number).then()
                .body("deliveryMethod", equalTo("PROXY_AGENT")).body("trips", equalTo(0));
        // Delivered again (redelivered, or the clerk was first): nothing changes, nothing is dead-lettered.
        KafkaProbe.sendEvent("proxy.requests", "/onetrip/proxy-agent", "org.onetrip.proxyagent.request.delivered.v1",
                requestId.toString(), delivered, id);
        KafkaProbe.sendEvent("proxy.requests", "/onetrip/proxy-agent", "org.onetrip.proxyagent.request.delivered.v1",
                requestId.toString(), delivered);
        try (KafkaProbe dlq = new KafkaProbe("proxy.requests.dlq.intake-service")) {
            assertThat(dlq.readThroughMarkers(Duration.ofSeconds(30))).noneMatch(r -> requestId.toString().equals(r.key()));
        }
        List<String> history = Fixtures.asClerk().get("/api/v1/cases/" + number + "/history").then().extract().path("to");
        assertThat(history.stream().filter("DELIVERED"::equals)).hasSize(1);
    }

    @Test
    void aProxySubmissionWithTheResidentInClearOpensNoCase() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        UUID requestId = UUID.randomUUID();
        String clear = Fixtures.json(Map.of("requestId", requestId.toString(), "agent", "agent-042",
                "submission", Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of(), "PROXY", null)));
        try (KafkaProbe dlq = new KafkaProbe("proxy.requests.dlq.intake-service")) {
            // No producer may send this (the schema wants the resident sealed): written as a careless one would.
            KafkaProbe.send("proxy.requests", requestId.toString(), clear, KafkaProbe.cloudEventHeaders("/onetrip/proxy-agent",
                    "org.onetrip.proxyagent.request.submitted.v1", requestId.toString(), UUID.randomUUID().toString()));
            dlq.awaitRecords(seen -> seen.stream().anyMatch(r -> requestId.toString().equals(r.key())), PATIENCE);
        }
        Fixtures.asClerk().queryParam("item", item).get("/api/v1/cases").then().statusCode(200).body("total", equalTo(0));
    }

    /** What proxy-agent sends: the resident sealed with the exchange key that only it and intake hold. */
    private String proxySubmission(UUID requestId, String item) {
        Map<String, Object> submission = new java.util.HashMap<>(
                Fixtures.submission(item, List.of("M01", "M03", "M04", "M05"), List.of(), "PROXY", null));
        submission.put("applicant", Map.of("kind", "PERSON", "sealed",
                exchange.sealFields(Map.of("name", "王秀英", "idNumber", Fixtures.ID, "phone", Fixtures.PHONE))));
        return Fixtures.json(Map.of("requestId", requestId.toString(), "agent", "agent-042", "submission", submission));
    }

    /** The case's entry in the MZ inbox, found by the case's number among the first undecided or decided ones. */
    private static Map<String, Object> inboxEntry(String number) {
        List<Map<String, Object>> items = Fixtures.asOfficer(Fixtures.MZ).queryParam("size", 100).get("/api/v1/inbox/cases")
                .then().statusCode(200).extract().path("items");
        List<Map<String, Object>> decided = Fixtures.asOfficer(Fixtures.MZ).queryParam("stage", "DECIDED").queryParam("size", 100)
                .get("/api/v1/inbox/cases").then().statusCode(200).extract().path("items");
        return java.util.stream.Stream.concat(items.stream(), decided.stream()).filter(i -> number.equals(i.get("number")))
                .findFirst().orElseThrow(() -> new AssertionError(number + " is not in the inbox"));
    }

    /**
     * What the department has still to decide comes first, soonest due first, then what it decided, the latest first; and
     * read a few at a time, page by page, the inbox is the same list.
     */
    private static void assertInboxOrder() {
        List<Map<String, Object>> items = Fixtures.asOfficer(Fixtures.MZ).queryParam("size", 100).get("/api/v1/inbox/cases")
                .then().statusCode(200).extract().path("items");
        int decided = (int) items.stream().takeWhile(i -> !"DECIDED".equals(i.get("departmentStage"))).count();
        assertThat(items.subList(decided, items.size())).allMatch(i -> "DECIDED".equals(i.get("departmentStage")));
        assertThat(items.subList(0, decided).stream().map(i -> i.get("dueDate") == null ? "9999" : (String) i.get("dueDate")).toList())
                .isSorted();
        assertThat(items.subList(decided, items.size()).stream()
                .map(i -> java.time.OffsetDateTime.parse((String) i.get("departmentDecidedAt")).toInstant()).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<Object> paged = new java.util.ArrayList<>();
        for (int page = 0; paged.size() < items.size(); page++) {
            List<Object> numbers = Fixtures.asOfficer(Fixtures.MZ).queryParam("size", 3).queryParam("page", page)
                    .get("/api/v1/inbox/cases").then().statusCode(200).extract().path("items.number");
            assertThat(numbers).as("page %d", page).isNotEmpty();
            paged.addAll(numbers);
        }
        assertThat(paged.subList(0, items.size())).isEqualTo(items.stream().map(i -> i.get("number")).toList());
    }

    private static String acceptedCase(List<String> coDepartments) {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, coDepartments);
        String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        return number;
    }

    private static void report(String number, String department, String kind, Map<String, String> extra) {
        Map<String, String> data = new java.util.HashMap<>(extra);
        data.put("caseNumber", number);
        data.put("department", department);
        KafkaProbe.sendDepartmentEvent(department, "org.onetrip.department.case." + kind + ".v1", number, Fixtures.json(data));
    }

    private static void awaitStatus(String number, String status) {
        await().atMost(PATIENCE).until(() -> status.equals(Fixtures.asClerk().get("/api/v1/cases/" + number).path("status")));
    }

    private static ConsumerRecord<String, String> awaitEvent(KafkaProbe probe, String number, String kind) {
        String type = "org.onetrip.intake.case." + kind + ".v1";
        return probe.awaitRecords(seen -> seen.stream().anyMatch(r -> number.equals(r.key())
                        && type.equals(KafkaProbe.header(r, "ce_type"))), PATIENCE)
                .stream().filter(r -> number.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type")))
                .findFirst().orElseThrow();
    }
}
