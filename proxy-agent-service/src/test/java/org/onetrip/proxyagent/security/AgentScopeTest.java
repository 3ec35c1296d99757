package org.onetrip.proxyagent.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.onetrip.proxyagent.Fixtures;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Households' names and problems are for the active agents who serve them, and scopes are codes, not text. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class AgentScopeTest {

    private static Map<String, Object> note(String village) {
        return Map.of("village", village, "visitedOn", LocalDate.now().minusDays(1).toString(), "household", "张家",
                "kind", "HOUSEHOLD", "topics", List.of("养老"), "problems", List.of("腿脚不便，想办老年优待证"));
    }

    @Test
    void anAgentTokenWithoutAnActiveAgentRecordReachesNoVisitNotes() {
        String village = Fixtures.newVillage();
        String agent = Fixtures.newSubject("agent");
        Fixtures.addAgent(agent, "周代办", "VILLAGE", village, 5);
        Fixtures.asAgent(agent).body(note(village)).post("/api/v1/visit-notes").then().statusCode(201);

        String stranger = Fixtures.newSubject("no-record");
        Fixtures.asAgent(stranger).queryParam("jurisdiction", village).get("/api/v1/visit-notes").then().statusCode(403);
        Fixtures.asAgent(stranger).body(note(village)).post("/api/v1/visit-notes").then().statusCode(403);

        String retired = Fixtures.newSubject("retired");
        String id = Fixtures.addAgent(retired, "退休代办", "VILLAGE", village, 5);
        Map<String, Object> inactive = new java.util.HashMap<>(Map.of("subject", retired, "name", "退休代办", "level", "VILLAGE",
                "jurisdiction", village, "roles", List.of("WOMEN_CADRE"), "partyMember", true, "phone", "13900001111",
                "active", false, "capacity", 5));
        Fixtures.asClerk().body(inactive).put("/api/v1/agents/" + id).then().statusCode(200);
        Fixtures.asAgent(retired).get("/api/v1/visit-notes").then().statusCode(403);

        Fixtures.asAgent(agent).get("/api/v1/visit-notes").then().statusCode(200).body("items.household", hasItem("张家"));
    }

    @Test
    void anAgentOfOneVillageDoesNotRecordOrReadAnothersHouseholds() {
        String village = Fixtures.newVillage();
        String other = Fixtures.TOWN + "299"; // newVillage() never gives it
        String agent = Fixtures.newSubject("agent");
        Fixtures.addAgent(agent, "吴代办", "VILLAGE", village, 5);
        Fixtures.asAgent(agent).body(note(other)).post("/api/v1/visit-notes").then().statusCode(403);
        Fixtures.asAgent(agent).queryParam("jurisdiction", Fixtures.TOWN).get("/api/v1/visit-notes").then().statusCode(403);
    }

    @Test
    void jurisdictionsThatAreNoCodesScopeToNothing() {
        for (String jur : new String[] {"%", "_________", "3301090", "3"}) {
            given().auth().oauth2(TestTokens.token("clerk", null, jur)).contentType(ContentType.JSON)
                    .get("/api/v1/agents").then().statusCode(403);
            given().auth().oauth2(TestTokens.token("clerk", null, jur)).queryParam("jurisdiction", Fixtures.TOWN)
                    .get("/api/v1/figures").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.token("supervisor")).queryParam("jurisdiction", Fixtures.TOWN)
                .get("/api/v1/figures").then().statusCode(403);
        given().queryParam("jurisdiction", "33%").get("/api/v1/agents/profiles").then().statusCode(400)
                .body("errors[0].field", equalTo("jurisdiction"));
    }
}
