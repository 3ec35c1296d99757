package org.onetrip.intake.appointments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.MessageProviders;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestClock;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** A centre's bookable slots, booking under contention, and the day's queue from a number taken to a case opened. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class AppointmentsTest {
    /** A Monday that is a working day; the test clock stands at 10:00 on it. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final String AT_1030 = "2026-03-02T10:30:00+08:00";
    private static final String AT_1100 = "2026-03-02T11:00:00+08:00";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCentreWhoseHoursOrWindowsMakeNoSenseIsRefusedNamingEachField() {
        Map<String, Object> bad = centre(List.of(), 1);
        bad.put("openingHours", List.of(Map.of("opens", "09:00", "closes", "12:00"), Map.of("opens", "11:00", "closes", "10:00")));
        bad.put("windows", List.of(Map.of("number", "1", "name", "一号"), Map.of("number", "1", "name", "又一号")));
        admin().body(bad).put("/api/v1/service-centres/" + newCentre()).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("openingHours", "windows"));
        Map<String, Object> worse = centre(List.of(), 0);
        worse.put("slotMinutes", 3);
        worse.put("openingHours", List.of(Map.of("opens", "9点", "closes", "12:00")));
        admin().body(worse).put("/api/v1/service-centres/" + newCentre()).then().statusCode(400)
                .body("errors.field", hasItems("slotMinutes", "slotCapacity", "openingHours[0].opens"));
        Fixtures.asClerk().body(centre(List.of(), 1)).put("/api/v1/service-centres/" + newCentre()).then().statusCode(403);
    }

    @Test
    void residentsRacingForTheLastPlacesNeverOverbookASlot() throws Exception {
        clock.setDay(MONDAY);
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String centre = newCentre();
        admin().body(centre(List.of(item), 2)).put("/api/v1/service-centres/" + centre).then().statusCode(200)
                .body("windows.number", hasItems("1", "2"));
        given().queryParam("days", 1).get("/api/v1/service-centres/" + centre + "/slots").then().statusCode(200)
                .body("[0].startsAt", equalTo("2026-03-02T10:30:00+08:00")).body("[0].available", equalTo(2));

        List<String> phones = new ArrayList<>();
        List<Callable<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String phone = Fixtures.newPhone();
            phones.add(phone);
            String code = codeFor(phone);
            racers.add(() -> book(centre, item, AT_1030, phone, code).then().extract().statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(racers)) {
            answers.add(f.get());
        }
        pool.shutdown();
        assertThat(answers).filteredOn(s -> s == 201).hasSize(2);
        assertThat(answers).filteredOn(s -> s == 409).hasSize(4);
        given().queryParam("from", "2026-03-02").queryParam("days", 1).get("/api/v1/service-centres/" + centre + "/slots")
                .then().body("find { it.startsAt == '2026-03-02T10:30:00+08:00' }.available", equalTo(0));

        String lucky = phones.get(answers.indexOf(201));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !notices(lucky).isEmpty());
        assertThat(notices(lucky).get(0).content())
                .contains("请携带", "近期一寸免冠彩色照片", "老年优待证申请表", "义桥镇便民服务中心")
                .doesNotContain("户口簿");

        String someone = Fixtures.newPhone();
        String id = book(centre, item, AT_1100, someone).then().statusCode(201).extract().path("id");
        book(centre, item, "2026-03-02T13:30:00+08:00", someone).then().statusCode(409);
        book(centre, item, "2026-03-02T10:15:00+08:00", Fixtures.newPhone()).then().statusCode(400).body("errors.field", hasItems("startsAt"));
        book(centre, item, "2026-03-07T10:30:00+08:00", Fixtures.newPhone()).then().statusCode(400);
        String everyDay = newCentre();
        Map<String, Object> openOnSaturdays = centre(List.of(item), 2);
        openOnSaturdays.put("openOnRestDays", true);
        admin().body(openOnSaturdays).put("/api/v1/service-centres/" + everyDay).then().statusCode(200);
        book(everyDay, item, "2026-03-07T10:30:00+08:00", Fixtures.newPhone()).then().statusCode(201);
        book(centre, "330109013-QR-9999", AT_1100, Fixtures.newPhone()).then().statusCode(422);
        String moveCode = codeForBooking(id, someone);
        given().contentType(ContentType.JSON).body(Map.of("startsAt", AT_1030, "code", moveCode)).put("/api/v1/appointments/" + id + "/slot")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("startsAt", "2026-03-02T14:00:00+08:00", "code", moveCode))
                .put("/api/v1/appointments/" + id + "/slot").then().statusCode(200).body("startsAt", equalTo("2026-03-02T14:00:00+08:00"));
        given().queryParam("code", codeForBooking(id, someone)).delete("/api/v1/appointments/" + id)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().delete("/api/v1/appointments/" + id).then().statusCode(409);
        given().queryParam("from", "2026-03-02").queryParam("days", 1).get("/api/v1/service-centres/" + centre + "/slots")
                .then().body("find { it.startsAt == '2026-03-02T14:00:00+08:00' }.available", equalTo(2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notices(someone).size() == 3);
    }

    @Test
    void aBookedNumberIsCalledFirstLinkedToItsCaseAndTheHallSeesIt() throws Exception {
        clock.setDay(MONDAY);
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String centre = newCentre();
        admin().body(centre(List.of(item), 4)).put("/api/v1/service-centres/" + centre).then().statusCode(200);
        String booking = book(centre, item, AT_1030, Fixtures.newPhone()).then().statusCode(201).extract().path("id");
        String queue = "/api/v1/service-centres/" + centre + "/queue";

        try (KafkaProbe hall = new KafkaProbe("intake.queue")) {
            String walkIn = Fixtures.asClerk().body(Map.of("itemCode", item)).post(queue + "/tickets").then().statusCode(201)
                    .body("booked", equalTo(false)).extract().path("number");
            String booked = Fixtures.asClerk().body(Map.of("appointment", booking)).post(queue + "/tickets").then().statusCode(201)
                    .body("booked", equalTo(true)).extract().path("number");
            assertThat(walkIn).isEqualTo("B001");
            assertThat(booked).isEqualTo("A001");
            Fixtures.asClerk().body(Map.of("appointment", booking)).post(queue + "/tickets").then().statusCode(409);
            Fixtures.asClerk().body(Map.of()).post(queue + "/tickets").then().statusCode(400)
                    .body("errors.field", hasItems("appointment", "itemCode"));

            Fixtures.asClerk().post(queue + "/windows/1/call").then().statusCode(200).body("number", equalTo("A001")).body("window", equalTo("1"));
            given().get(queue + "/display").then().statusCode(200).body("calling[0].ticket", equalTo("A001"))
                    .body("calling[0].window", equalTo("1")).body("waiting", equalTo(1));
            given().accept("text/html").get(queue + "/display").then().statusCode(200).contentType(containsString("text/html"))
                    .body(containsString("A001")).body(containsString("等候人数：1"));
            Fixtures.asClerk().post(queue + "/windows/2/call").then().statusCode(200).body("number", equalTo("B001"));
            Fixtures.asClerk().post(queue + "/windows/2/call").then().statusCode(204);
            Fixtures.asClerk().post(queue + "/tickets/B001/no-show").then().statusCode(200).body("status", equalTo("NO_SHOW"));

            String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                    .post("/api/v1/cases").then().statusCode(201).extract().path("number");
            Fixtures.asClerk().body(Map.of("caseNumber", number)).put(queue + "/tickets/A001/case").then().statusCode(200)
                    .body("status", equalTo("SERVED")).body("caseNumber", equalTo(number));
            Fixtures.asClerk().body(Map.of("caseNumber", number)).put(queue + "/tickets/A001/case").then().statusCode(409);
            given().get("/api/v1/appointments/" + booking).then().body("status", equalTo("ARRIVED"));

            List<ConsumerRecord<String, String>> events = hall.awaitRecords(records -> records.stream()
                    .filter(r -> centre.equals(r.key())).count() >= 3, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> ours = events.stream().filter(r -> centre.equals(r.key())).toList();
            ours.forEach(EventSchemas::assertValid);
            assertThat(ours).extracting(r -> KafkaProbe.header(r, "ce_type")).containsExactly(
                    "org.onetrip.intake.queue.ticket-called.v1", "org.onetrip.intake.queue.ticket-called.v1",
                    "org.onetrip.intake.queue.ticket-no-show.v1");
            JsonNode called = new ObjectMapper().readTree(ours.get(0).value());
            assertThat(called.path("booked").asBoolean()).isTrue();
            assertThat(called.path("waitSeconds").isNumber()).isTrue();
            assertThat(ours.get(0).value()).doesNotContain("王秀英");
        }
    }

    @Test
    void aBookingNobodyCameForIsMissedAndOversightHearsOfIt() {
        clock.setDay(MONDAY);
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String centre = newCentre();
        admin().body(centre(List.of(item), 4)).put("/api/v1/service-centres/" + centre).then().statusCode(200);
        String booking = book(centre, item, AT_1030, Fixtures.newPhone()).then().statusCode(201).extract().path("id");
        String number = given().get("/api/v1/appointments/" + booking).path("number");
        try (KafkaProbe hall = new KafkaProbe("intake.queue")) {
            clock.setDay(MONDAY.plusDays(1));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    "MISSED".equals(given().get("/api/v1/appointments/" + booking).path("status")));
            ConsumerRecord<String, String> missed = hall.awaitRecords(records -> records.stream()
                    .anyMatch(r -> r.value().contains(number)), Duration.ofSeconds(30)).stream()
                    .filter(r -> r.value().contains(number)).findFirst().orElseThrow();
            assertThat(KafkaProbe.header(missed, "ce_type")).isEqualTo("org.onetrip.intake.queue.appointment-missed.v1");
            EventSchemas.assertValid(missed);
        }
    }

    @Test
    void onlyWhoeverHoldsThePhoneBooksMovesOrCancelsInItsName() {
        clock.setDay(MONDAY);
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String centre = newCentre();
        admin().body(centre(List.of(item), 2)).put("/api/v1/service-centres/" + centre).then().statusCode(200);
        String victim = Fixtures.newPhone();
        book(centre, item, AT_1100, victim, null).then().statusCode(400).body("errors.field", hasItems("phoneCode"));
        book(centre, item, AT_1100, victim, "000000").then().statusCode(400).body("errors.field", hasItems("phoneCode"));
        String attacker = Fixtures.newPhone();
        book(centre, item, AT_1100, victim, codeFor(attacker)).then().statusCode(400).body("errors.field", hasItems("phoneCode"));

        String code = codeFor(victim);
        String wrong = code.equals("123456") ? "654321" : "123456";
        for (int i = 0; i < 5; i++) {
            book(centre, item, AT_1100, victim, wrong).then().statusCode(400);
        }
        // Five wrong tries spend the code.
        book(centre, item, AT_1100, victim, code).then().statusCode(400);

        String fresh = codeFor(victim);
        String id = book(centre, item, AT_1100, victim, fresh).then().statusCode(201).extract().path("id");
        book(centre, item, AT_1030, victim, fresh).then().statusCode(400); // a code is used once
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !notices(victim).isEmpty());
        assertThat(notices(victim).get(0).content()).as("the booking's handle reaches the phone").contains("/appointments/" + id);
        given().auth().oauth2(TestTokens.token("clerk", null, Fixtures.TOWN)).queryParam("reference",
                        given().get("/api/v1/appointments/" + id).path("number").toString())
                .get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.kind == 'appointment-booked' }.body", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(id)));

        given().delete("/api/v1/appointments/" + id).then().statusCode(400).body("errors.field", hasItems("code"));
        given().queryParam("code", codeFor(attacker)).delete("/api/v1/appointments/" + id).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("startsAt", AT_1030, "code", "000000"))
                .put("/api/v1/appointments/" + id + "/slot").then().statusCode(400);
        given().get("/api/v1/appointments/" + id).then().body("status", equalTo("BOOKED")).body("startsAt", equalTo("2026-03-02T03:00:00Z"));
        given().queryParam("code", codeForBooking(id, victim)).delete("/api/v1/appointments/" + id).then().statusCode(200);
    }

    private static io.restassured.response.Response book(String centre, String item, String startsAt, String phone) {
        return book(centre, item, startsAt, phone, codeFor(phone));
    }

    private static io.restassured.response.Response book(String centre, String item, String startsAt, String phone, String code) {
        Map<String, Object> body = new HashMap<>(Map.of("centre", centre, "itemCode", item, "startsAt", startsAt, "name", "王秀英", "phone", phone));
        if (code != null) {
            body.put("phoneCode", code);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/appointments");
    }

    /** A new code sent to the phone, as the resident reads it in the SMS. */
    static String codeFor(String phone) {
        return awaitNewCode(phone, () -> given().contentType(ContentType.JSON).body(Map.of("phone", phone))
                .post("/api/v1/appointments/verification-codes").then().statusCode(202));
    }

    /** A new code sent to a booking's phone, for moving or cancelling it. */
    static String codeForBooking(String id, String phone) {
        return awaitNewCode(phone, () -> given().post("/api/v1/appointments/" + id + "/verification-code").then().statusCode(202));
    }

    private static String awaitNewCode(String phone, Runnable ask) {
        int before = codes(phone).size();
        ask.run();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> codes(phone).size() > before);
        String text = codes(phone).get(codes(phone).size() - 1).content();
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\d{6}").matcher(text);
        assertThat(digits.find()).as(text).isTrue();
        return digits.group();
    }

    private static List<MessageProviders.Sms> codes(String phone) {
        return MessageProviders.get().textsTo(phone).stream().filter(t -> t.content().contains("验证码")).toList();
    }

    /** The messages about bookings a phone received, without its codes. */
    private static List<MessageProviders.Sms> notices(String phone) {
        return MessageProviders.get().textsTo(phone).stream().filter(t -> !t.content().contains("验证码")).toList();
    }

    private static Map<String, Object> centre(List<String> items, int capacity) {
        return new HashMap<>(Map.of("name", "义桥镇便民服务中心", "jurisdiction", Fixtures.TOWN, "address", "义桥镇义桥路 1 号一楼大厅",
                "openingHours", List.of(Map.of("opens", "09:00", "closes", "12:00"), Map.of("opens", "13:30", "closes", "17:00")),
                "slotMinutes", 30, "slotCapacity", capacity, "bookingDays", 14,
                "windows", List.of(Map.of("number", "1", "name", "民政窗口", "items", items), Map.of("number", "2", "name", "综合窗口"))));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.token("catalogue-admin", null, Fixtures.TOWN)).contentType(ContentType.JSON);
    }

    private static String newCentre() {
        return Fixtures.TOWN + "-C" + ThreadLocalRandom.current().nextInt(1_000_000);
    }
}
