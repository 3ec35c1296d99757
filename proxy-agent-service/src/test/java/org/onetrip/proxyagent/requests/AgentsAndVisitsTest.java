package org.onetrip.proxyagent.requests;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.proxyagent.Fixtures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** The public face of the network, and the visit archive that feeds it requests. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class AgentsAndVisitsTest {

    @Test
    void thePublicProfileShowsTheFourLightsAndNoPhone() {
        String village = Fixtures.newVillage();
        Fixtures.addAgent(Fixtures.newSubject("p"), "陈文书", "VILLAGE", village, 5);
        String body = given().queryParam("jurisdiction", village).get("/api/v1/agents/profiles")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("陈文书"))
                .body("items[0].duties", equalTo("代办老年人、残疾人事项"))
                .body("items[0].pledge", equalTo("群众少跑腿，代办员多跑路"))
                .body("items[0].items", equalTo(List.of("全部可代办事项")))
                .extract().asString();
        assertThat(body).doesNotContain("13900001111").doesNotContain("subject");
    }

    @Test
    void aProblemRaisedOnAVisitBecomesARequestInOneCall() {
        String item = Fixtures.publishItem(true);
        String village = Fixtures.newVillage();
        String subject = Fixtures.newSubject("visitor");
        Fixtures.addAgent(subject, "走访员", "VILLAGE", village, 5);
        String note;
        try (KafkaProbe visits = new KafkaProbe("proxy.visits")) {
            note = Fixtures.asAgent(subject).body(Map.of("village", village, "visitedOn", LocalDate.now().toString(),
                            "household", "李家", "kind", "HOUSEHOLD", "topics", List.of("残疾人补助", "医疗"),
                            "problems", List.of("李阿婆行动不便，想申请残疾人补助")))
                    .post("/api/v1/visit-notes").then().statusCode(201).extract().path("id");
            var recorded = visits.awaitRecords(seen -> seen.stream().anyMatch(r -> note.equals(r.key())), java.time.Duration.ofSeconds(60))
                    .stream().filter(r -> note.equals(r.key())).findFirst().orElseThrow();
            EventSchemas.assertValid(recorded);
            assertThat(recorded.value()).doesNotContain("李家");
        }
        String requestId = Fixtures.asAgent(subject).body(Map.of("itemCode", item, "residentName", "李阿婆",
                        "residentIdNumber", "360426199101010071", "phone", "13700002222"))
                .post("/api/v1/visit-notes/" + note + "/problems/0/request")
                .then().statusCode(200).body("source", equalTo("VISIT")).body("status", equalTo("ASSIGNED"))
                .extract().path("id");
        Fixtures.asAgent(subject).queryParam("topic", "残疾人补助").get("/api/v1/visit-notes")
                .then().statusCode(200).body("items.find { it.id == '" + note + "' }.problems[0].requestId", equalTo(requestId))
                .body("items.find { it.id == '" + note + "' }.household", equalTo("李家"));
        // As a disk or a backup keeps them: the household and the resident's name, ID and phone sealed for their rows.
        String stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> String.join(" ",
                (java.util.List<String>) ProxyRequest.getEntityManager().createNativeQuery("select concat_ws(' ', r.resident_name, "
                        + "r.resident_id_sealed, r.phone_sealed, n.household) from proxy_request r, visit_note n where r.id = ?1 and n.id = ?2")
                        .setParameter(1, java.util.UUID.fromString(requestId)).setParameter(2, java.util.UUID.fromString(note)).getResultList()));
        assertThat(stored.split(" ")).hasSize(4).allSatisfy(value -> assertThat(value).startsWith("v2:"));
        assertThat(stored).doesNotContain("李家", "李阿婆", "360426199101010071", "13700002222");
        Fixtures.asAgent(subject).body(Map.of("itemCode", item, "residentName", "李阿婆",
                        "residentIdNumber", "360426199101010071", "phone", "13700002222"))
                .post("/api/v1/visit-notes/" + note + "/problems/0/request").then().statusCode(409);
    }

    @Test
    void aVillagesOwnLiaisonCadreIsLinkedToItsVillageWithoutSayingSo() {
        String village = Fixtures.newVillage();
        Fixtures.asClerk().body(Map.of("subject", Fixtures.newSubject("liaison"), "name", "村联络员", "level", "VILLAGE",
                        "jurisdiction", village, "roles", List.of("VILLAGE_LIAISON_CADRE"), "partyMember", true, "active", true,
                        "capacity", 5))
                .post("/api/v1/agents").then().statusCode(201).body("villages", org.hamcrest.Matchers.contains(village));
    }

    @Test
    void aLoginTakenByAnotherAgentIsSaidSo() {
        String village = Fixtures.newVillage();
        String first = Fixtures.newSubject("taken");
        Fixtures.addAgent(first, "王一", "VILLAGE", village, 5);
        String second = Fixtures.addAgent(Fixtures.newSubject("other"), "王二", "VILLAGE", village, 5);
        Fixtures.asClerk().body(Map.of("subject", first, "name", "王二", "level", "VILLAGE", "jurisdiction", village,
                        "roles", List.of("WOMEN_CADRE"), "partyMember", true, "active", true, "capacity", 5))
                .put("/api/v1/agents/" + second).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(first));
    }

    @Test
    void aVillagesProxyItemsArePublic() {
        String item = Fixtures.publishItem(true);
        given().queryParam("size", 100).get("/api/v1/villages/" + Fixtures.TOWN + "201/items")
                .then().statusCode(200).body("items.code", hasItem(item));
    }
}
