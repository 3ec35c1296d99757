package org.onetrip.proxyagent.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.ForeignScope.Attempt;
import org.onetrip.platform.testing.ForeignScope;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;
import org.onetrip.proxyagent.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change proxy-agent takes, tried with the right role from the wrong place: the next town's clerk, and an agent
 * of another village, are refused (403, or 404 where the request is not theirs to learn of), and the town's agent,
 * request and visit note are as they were. docs/security.md lists each with this test.
 */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class ForeignScopeTest {
    private static final String NEXT_TOWN = "330109014";

    @Test
    void everyChangeFromAnotherTownOrVillageIsRefusedAndChangesNothing() {
        String item = Fixtures.publishItem(true);
        String village = Fixtures.newVillage();
        String agentSubject = Fixtures.newSubject("home");
        String agent = Fixtures.addAgent(agentSubject, "本村代办员", "VILLAGE", village, 5);
        String request = Fixtures.asClerk().body(Fixtures.request(item, village)).post("/api/v1/requests").then().statusCode(201)
                .extract().path("id");
        String note = Fixtures.asAgent(agentSubject).body(Map.of("village", village, "visitedOn", LocalDate.now().toString(),
                        "household", "王家", "kind", "HOUSEHOLD", "topics", List.of("医疗"), "problems", List.of("想申请残疾人补助")))
                .post("/api/v1/visit-notes").then().statusCode(201).extract().path("id");
        String elsewhere = Fixtures.newVillage();
        String strangerSubject = Fixtures.newSubject("stranger");
        Fixtures.addAgent(strangerSubject, "别村代办员", "VILLAGE", elsewhere, 5);
        Map<String, Object> before = state(village, request, agentSubject);

        RequestSpecification clerk = given().auth().oauth2(TestTokens.token("clerk", null, NEXT_TOWN)).contentType(ContentType.JSON);
        Map<String, Object> agentData = new HashMap<>(Map.of("subject", Fixtures.newSubject("new"), "name", "新代办员", "level", "VILLAGE",
                "jurisdiction", village, "roles", List.of("WOMEN_CADRE"), "partyMember", true, "active", true, "capacity", 5));
        Map<String, Object> collected = Map.of("materials", List.of("M01"));
        Map<String, Object> toRequest = Map.of("itemCode", item, "residentName", "李阿婆", "residentIdNumber", "360426199101010071",
                "phone", "13700002222");
        List<Attempt> attempts = new ArrayList<>();
        attempts.add(new Attempt("add an agent", clerk, "POST", "/api/v1/agents", agentData));
        attempts.add(new Attempt("change an agent", clerk, "PUT", "/api/v1/agents/" + agent, agentData));
        attempts.add(new Attempt("open a request", clerk, "POST", "/api/v1/requests", Fixtures.request(item, village)));
        attempts.add(new Attempt("reassign", clerk, "POST", "/api/v1/requests/" + request + "/reassignment",
                Map.of("agentId", agent, "reason", "调整")));
        attempts.add(new Attempt("record a visit", clerk, "POST", "/api/v1/visit-notes", Map.of("village", village,
                "visitedOn", LocalDate.now().toString(), "household", "张家", "kind", "HOUSEHOLD", "topics", List.of("医疗"))));
        for (RequestSpecification who : List.of(clerk, Fixtures.asAgent(strangerSubject))) {
            attempts.add(new Attempt("contact", who, "POST", "/api/v1/requests/" + request + "/contact", Map.of("note", "已联系")));
            attempts.add(new Attempt("collect", who, "POST", "/api/v1/requests/" + request + "/materials", collected));
            attempts.add(new Attempt("submit", who, "POST", "/api/v1/requests/" + request + "/submission", null));
            attempts.add(new Attempt("supplement", who, "POST", "/api/v1/requests/" + request + "/supplement", collected));
            attempts.add(new Attempt("deliver", who, "POST", "/api/v1/requests/" + request + "/delivery", Map.of("note", "已送达")));
            attempts.add(new Attempt("confirm", who, "POST", "/api/v1/requests/" + request + "/confirmation", Map.of("note", "已确认")));
            attempts.add(new Attempt("cancel", who, "POST", "/api/v1/requests/" + request + "/cancellation", Map.of("reason", "不办了")));
            attempts.add(new Attempt("turn a problem into a request", who, "POST", "/api/v1/visit-notes/" + note + "/problems/0/request", toRequest));
        }
        attempts.add(new Attempt("record a visit in another village", Fixtures.asAgent(strangerSubject), "POST", "/api/v1/visit-notes",
                Map.of("village", village, "visitedOn", LocalDate.now().toString(), "household", "张家", "kind", "HOUSEHOLD",
                        "topics", List.of("医疗"))));

        assertThat(ForeignScope.notRefused(attempts)).as("changes a foreign scope was not refused").isEmpty();
        assertThat(state(village, request, agentSubject)).isEqualTo(before);
        // The same changes were there to make: the village's own agent makes them.
        Fixtures.asAgent(agentSubject).body(Map.of("note", "已联系")).post("/api/v1/requests/" + request + "/contact").then().statusCode(200);
        Fixtures.asAgent(agentSubject).body(toRequest).post("/api/v1/visit-notes/" + note + "/problems/0/request").then().statusCode(200);
    }

    /** What a foreign attempt could have changed, as the town's clerk and agent see it. */
    private static Map<String, Object> state(String village, String request, String agentSubject) {
        Map<String, Object> state = new HashMap<>();
        state.put("agents", Fixtures.asClerk().queryParam("jurisdiction", village).get("/api/v1/agents").then().statusCode(200)
                .extract().jsonPath().getList("items.name"));
        var r = Fixtures.asClerk().get("/api/v1/requests/" + request).then().statusCode(200).extract().jsonPath();
        state.put("request", List.of(r.getString("status"), String.valueOf(r.getString("agentId")), String.valueOf(r.getList("materials"))));
        state.put("notes", Fixtures.asAgent(agentSubject).get("/api/v1/visit-notes").then().statusCode(200).extract().jsonPath()
                .getList("items.problems"));
        return state;
    }
}
