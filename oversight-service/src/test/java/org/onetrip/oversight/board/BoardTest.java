package org.onetrip.oversight.board;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.onetrip.oversight.Events;
import org.onetrip.oversight.replica.WatchedCase;
import org.onetrip.oversight.replica.WatchedItem;
import org.onetrip.platform.reference.ReferenceEvents;
import org.onetrip.platform.reference.ReferenceNames;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The bulletin's figures from events, and the weekly board against a hand-computed week. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class BoardTest {
    @jakarta.inject.Inject
    ReferenceNames names;

    @jakarta.inject.Inject
    WeeklyBoard board;

    @Test
    void theBulletinsTwoPercentagesComeOutOfTheEvents() {
        String town = "330109077";
        for (int i = 1; i <= 49; i++) {
            // The reform list of April 2017.
            Events.itemPublished(town + "-QR-" + String.format("%04d", i), town, i <= 45, Events.at(LocalDate.of(2017, 4, 1)));
        }
        LocalDate day = LocalDate.of(2018, 5, 10);
        for (int i = 1; i <= 193; i++) {
            Events.caseEvent("completed", Events.newCaseNumber(town), town, "COMPLETED", i <= 188 ? (i % 4 == 0 ? "PROXY" : "WINDOW") : "ONLINE",
                    day.minusDays(3), 5, day.plusDays(5), 1, Events.at(day), Map.of());
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                WatchedItem.count("jurisdiction", town) == 49 && WatchedCase.count("jurisdiction", town) == 193));
        given().queryParam("jurisdiction", town).queryParam("from", "2018-01-01").queryParam("to", "2018-05-18")
                .get("/api/v1/figures")
                .then().statusCode(200)
                .body("items", equalTo(49)).body("reformListedItems", equalTo(45)).body("reformListedPercent", equalTo(91.84f))
                .body("casesCompleted", equalTo(193)).body("completedThroughWindow", equalTo(188))
                .body("windowPercent", equalTo(97.4f));
    }

    @Test
    void theHallsWaitsAndNoShowsAreOnTheBoardOnceEach() {
        String town = "330109078";
        LocalDate day = LocalDate.of(2026, 3, 2);
        String first = hallEvent("ticket-called", town, day, "A001", 300L);
        hallEvent("ticket-called", town, day, "B001", 900L);
        hallEvent("ticket-no-show", town, day, "B002", 60L);
        hallEvent("appointment-missed", town, day, null, null);
        KafkaProbe.sendEvent("intake.queue", "/onetrip/intake", "org.onetrip.intake.queue.ticket-called.v1", town + "-C1",
                Events.json(hall(town, day, "A001", 300L)), first); // delivered twice: counted once
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(TestTokens.token("supervisor", null, town))
                .queryParam("jurisdiction", town).queryParam("from", "2026-03-02").queryParam("to", "2026-03-08")
                .get("/api/v1/figures").jsonPath().getInt("hall.bookingsMissed") == 1);
        given().queryParam("jurisdiction", town).queryParam("from", "2026-03-02").queryParam("to", "2026-03-08")
                .get("/api/v1/figures").then().statusCode(200)
                .body("hall.numbersCalled", equalTo(2)).body("hall.averageWaitMinutes", equalTo(10.0f))
                .body("hall.longestWaitMinutes", equalTo(15)).body("hall.numbersNotAnswered", equalTo(1));
    }

    private static String hallEvent(String kind, String town, LocalDate day, String ticket, Long waitSeconds) {
        String type = "org.onetrip.intake.queue." + kind + ".v1";
        String data = Events.json(hall(town, day, ticket, waitSeconds));
        org.onetrip.platform.testing.EventSchemas.assertValid(type, data);
        return KafkaProbe.sendEvent("intake.queue", "/onetrip/intake", type, town + "-C1", data);
    }

    private static Map<String, Object> hall(String town, LocalDate day, String ticket, Long waitSeconds) {
        Map<String, Object> data = new java.util.HashMap<>(Map.of("centre", town + "-C1", "centreName", "便民服务中心",
                "jurisdiction", town, "day", day.toString(), "itemCode", town + "-QR-0001", "booked", ticket == null || ticket.startsWith("A"),
                "at", Events.at(day).toString()));
        if (ticket != null) {
            data.putAll(Map.of("ticket", ticket, "takenAt", Events.at(day).toString(), "calledAt", Events.at(day).plusSeconds(waitSeconds).toString(),
                    "waitSeconds", waitSeconds, "window", "1"));
        } else {
            data.put("appointment", town + "-C1-20260302-001");
        }
        return data;
    }

    @Test
    void aWeeksBoardMatchesTheHandCountAndIsTheSameWhenRebuiltFromTheEvents() {
        String town = "330109078";
        // The catalogue names the town and the department; the board prints those names.
        KafkaProbe.sendEvent(ReferenceEvents.TOPIC, "/onetrip/catalogue", ReferenceEvents.JURISDICTION_SAVED, town,
                "{\"code\":\"" + town + "\",\"name\":\"测试七八镇\",\"level\":\"TOWN\",\"parent\":\"330109\"}");
        KafkaProbe.sendEvent(ReferenceEvents.TOPIC, "/onetrip/catalogue", ReferenceEvents.DEPARTMENT_SAVED, "330109013-MZ",
                "{\"code\":\"330109013-MZ\",\"name\":\"义桥镇民政办\",\"jurisdiction\":\"330109013\"}");
        await().atMost(Duration.ofSeconds(60)).until(() -> names.name(town).isPresent() && names.name("330109013-MZ").isPresent());
        // A: accepted Tue 3 Mar, completed Wed 4 Mar at the window with one visit, due 9 Mar: on time.
        Events.caseEvent("completed", Events.newCaseNumber(town), town, "COMPLETED", "WINDOW", LocalDate.of(2026, 3, 3), 5,
                LocalDate.of(2026, 3, 9), 1, Events.at(LocalDate.of(2026, 3, 4)), Map.of());
        // B: accepted Wed 4 Mar, completed Thu 5 Mar online with no visit, due 4 Mar: late.
        Events.caseEvent("completed", Events.newCaseNumber(town), town, "COMPLETED", "ONLINE", LocalDate.of(2026, 3, 4), 0,
                LocalDate.of(2026, 3, 4), 0, Events.at(LocalDate.of(2026, 3, 5)), Map.of());
        // C: accepted Mon 2 Mar, still with the department.
        Events.caseEvent("routed", Events.newCaseNumber(town), town, "ROUTED", "WINDOW", LocalDate.of(2026, 3, 2), 5,
                LocalDate.of(2026, 3, 9), 0, Events.at(LocalDate.of(2026, 3, 3)), Map.of());
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                WatchedCase.count("jurisdiction", town) == 3));
        // Wednesday posts the week of every town with cases in it, items or not; not of the weeks it had none.
        assertThat(board.jurisdictions(LocalDate.of(2026, 3, 2))).contains(town);
        assertThat(board.jurisdictions(LocalDate.of(2026, 3, 16))).doesNotContain(town);

        String supervisor = TestTokens.token("supervisor", null, "33");
        String posted = given().auth().oauth2(supervisor).post("/api/v1/board/" + town + "/weeks/2026-03-02")
                .then().statusCode(200)
                .body("from", equalTo("2026-03-02")).body("to", equalTo("2026-03-08"))
                .body("casesSubmitted", equalTo(3)).body("casesAccepted", equalTo(3)).body("casesCompleted", equalTo(2))
                .body("completedThroughWindow", equalTo(1)).body("windowPercent", equalTo(50.0f))
                .body("channels.window", equalTo(1)).body("channels.online", equalTo(1)).body("channels.onlinePercent", equalTo(50.0f))
                .body("completedOnTime", equalTo(1)).body("onTimePercent", equalTo(50.0f))
                .body("zeroTrip", equalTo(1)).body("atMostOneTripPercent", equalTo(100.0f))
                .body("jurisdictionName", equalTo("测试七八镇"))
                .body("departments[0].code", equalTo("330109013-MZ")).body("departments[0].name", equalTo("义桥镇民政办"))
                .body("departments[0].percent", equalTo(50.0f))
                .extract().asString();
        String stored = given().get("/api/v1/board/" + town + "/weeks/2026-03-02").then().statusCode(200).extract().asString();
        given().queryParam("recompute", true).get("/api/v1/board/" + town + "/weeks/2026-03-02").then().statusCode(401);
        String rebuilt = given().auth().oauth2(supervisor).queryParam("recompute", true).get("/api/v1/board/" + town + "/weeks/2026-03-02")
                .then().statusCode(200).extract().asString();
        assertThat(stored).isEqualTo(posted);
        assertThat(rebuilt).isEqualTo(stored);

        given().get("/api/v1/board/" + town + "/weeks/2026-03-02.csv").then().statusCode(200)
                .body(containsString("本周办结办件,2")).body(containsString("按时办结率,50.0%"))
                .body(containsString("测试七八镇（330109078）")).body(containsString("义桥镇民政办 50.0%"));
        given().get("/api/v1/board/" + town + "/weeks/2026-03-02.html").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("周三上墙公示")).body(containsString("其中经综合受理窗口办结"))
                .body(containsString("测试七八镇")).body(containsString("义桥镇民政办"));
        given().auth().oauth2(TestTokens.token("deputy")).post("/api/v1/board/" + town + "/weeks/2026-03-02").then().statusCode(403);
    }

    @Test
    void twoReplicasPostingTheSameWeekAtOnceKeepOneReport() throws Exception {
        String town = "330109061";
        String number = Events.newCaseNumber(town);
        Events.caseEvent("completed", number, town, "COMPLETED", "WINDOW", LocalDate.of(2026, 2, 10), 5,
                LocalDate.of(2026, 2, 17), 1, Events.at(LocalDate.of(2026, 2, 11)), Map.of());
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                WatchedCase.count("number", number) == 1));
        var replicas = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<WeeklyReport> wednesday = () -> {
                start.await();
                return board.make(town, LocalDate.of(2026, 2, 9));
            };
            var a = replicas.submit(wednesday);
            var b = replicas.submit(wednesday);
            start.countDown();
            WeeklyReport first = a.get();
            WeeklyReport second = b.get();
            assertThat(second.madeAt).as("both replicas answer with the one report kept").isEqualTo(first.madeAt);
            assertThat(second.figures.casesCompleted()).isEqualTo(1);
        } finally {
            replicas.shutdownNow();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> WeeklyReport.count("jurisdiction", town))).isEqualTo(1);
    }

    @Test
    void aWeekStillRunningIsShownAsItStandsButNotPosted() {
        String town = "330109098";
        java.time.LocalDate monday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        String supervisor = TestTokens.token("supervisor", null, "33");
        given().auth().oauth2(supervisor).post("/api/v1/board/" + town + "/weeks/" + monday).then().statusCode(409)
                .contentType("application/problem+json");
        // Anyone sees the running week as it stands, marked on the page as not posted; a past week not made is still a 404.
        given().get("/api/v1/board/" + town + "/weeks/" + monday).then().statusCode(200).body("from", equalTo(monday.toString()));
        given().get("/api/v1/board/" + town + "/weeks/" + monday + ".html").then().statusCode(200)
                .body(containsString("本周进行中，未上墙"));
        given().get("/api/v1/board/" + town + "/weeks/" + monday.minusWeeks(1)).then().statusCode(404);
        given().queryParam("recompute", true).get("/api/v1/board/" + town + "/weeks/" + monday + ".csv").then().statusCode(401);
        given().auth().oauth2(supervisor).queryParam("recompute", true).get("/api/v1/board/" + town + "/weeks/" + monday + ".csv")
                .then().statusCode(200).body(containsString("本周办结办件"));
        given().auth().oauth2(supervisor).queryParam("recompute", true).get("/api/v1/board/" + town + "/weeks/" + monday + ".html")
                .then().statusCode(200).body(containsString("重新计算，未上墙")).body(containsString(monday.toString()));
    }
}
