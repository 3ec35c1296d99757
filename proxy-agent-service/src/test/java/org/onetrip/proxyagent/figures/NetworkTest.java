package org.onetrip.proxyagent.figures;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.reference.ReferenceEvents;
import org.onetrip.platform.reference.ReferenceNames;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;
import org.onetrip.proxyagent.Fixtures;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The network as the bulletin counts it: agents by level and role, villages covered, proposals gathered. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class NetworkTest {
    private static final String TOWN = "330109021";

    @Inject
    ReferenceNames names;

    @Test
    void theNetworkCountsItsCadresByRoleTheVillagesItCoversAndTheProposalsItGathered() {
        for (int v = 1; v <= 3; v++) {
            String village = TOWN + "20" + v;
            KafkaProbe.sendEvent(ReferenceEvents.TOPIC, "/onetrip/catalogue", ReferenceEvents.JURISDICTION_SAVED, village,
                    Fixtures.json(Map.of("code", village, "name", "测试村" + v, "level", "VILLAGE", "parent", TOWN)));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> names.jurisdictionsWithin(TOWN, 12).size() == 3);
        String villageAgent = Fixtures.newSubject("village");
        agent(villageAgent, "VILLAGE", TOWN + "201", List.of("VILLAGE_CLERK"), List.of(), List.of()).then().statusCode(201);
        agent(Fixtures.newSubject("liaison"), "TOWN", TOWN, List.of("VILLAGE_LIAISON_CADRE"), List.of(TOWN + "202"), List.of())
                .then().statusCode(201);
        agent(Fixtures.newSubject("factory"), "TOWN", TOWN, List.of("FACTORY_LIAISON_CADRE"), List.of(), List.of("义桥某纺织厂"))
                .then().statusCode(201);
        // Links are the model's, not free text: a liaison names its villages, within its town; nobody else has any.
        agent(Fixtures.newSubject("x"), "TOWN", TOWN, List.of("VILLAGE_LIAISON_CADRE"), List.of(), List.of()).then().statusCode(422)
                .body("errors.field", contains("villages"));
        agent(Fixtures.newSubject("x"), "TOWN", TOWN, List.of("VILLAGE_LIAISON_CADRE"), List.of("330109013201"), List.of())
                .then().statusCode(422).body("errors.field", contains("villages[0]"));
        agent(Fixtures.newSubject("x"), "TOWN", TOWN, List.of("WOMEN_CADRE"), List.of(TOWN + "201"), List.of()).then().statusCode(422);
        agent(Fixtures.newSubject("x"), "TOWN", TOWN, List.of("FACTORY_LIAISON_CADRE"), List.of(), List.of()).then().statusCode(422)
                .body("errors.field", contains("enterprises"));

        Fixtures.asAgent(villageAgent)
                .body(Map.of("village", TOWN + "201", "visitedOn", LocalDate.now().toString(), "household", "王家", "kind", "HOUSEHOLD",
                        "topics", List.of("养老"), "problems", List.of("希望增设老年食堂", "村口路灯不亮")))
                .post("/api/v1/visit-notes").then().statusCode(201);

        clerk().queryParam("jurisdiction", TOWN).get("/api/v1/figures/network").then().statusCode(200)
                .body("agents", equalTo(3)).body("byLevel.VILLAGE", equalTo(1)).body("byLevel.TOWN", equalTo(2))
                .body("byRole.VILLAGE_LIAISON_CADRE", equalTo(1)).body("byRole.FACTORY_LIAISON_CADRE", equalTo(1))
                .body("villagesKnown", equalTo(3)).body("villagesCovered", equalTo(2)).body("uncovered", contains(TOWN + "203"))
                .body("visitNotes", equalTo(1)).body("proposals", equalTo(2)).body("proposalsTaken", equalTo(0));
        given().auth().oauth2(TestTokens.token("clerk", null, "330109013")).queryParam("jurisdiction", TOWN)
                .get("/api/v1/figures/network").then().statusCode(403);
    }

    private static io.restassured.response.Response agent(String subject, String level, String jurisdiction, List<String> roles,
                                                          List<String> villages, List<String> enterprises) {
        Map<String, Object> agent = new HashMap<>(Map.of("subject", subject, "name", "测试干部", "level", level,
                "jurisdiction", jurisdiction, "roles", roles, "partyMember", true, "active", true, "capacity", 5,
                "villages", villages, "enterprises", enterprises));
        return clerk().body(agent).post("/api/v1/agents");
    }

    private static RequestSpecification clerk() {
        return given().auth().oauth2(TestTokens.token("clerk", null, TOWN)).contentType(ContentType.JSON);
    }
}
