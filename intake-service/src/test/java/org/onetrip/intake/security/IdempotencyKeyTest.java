package org.onetrip.intake.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.testing.OneTripTestResource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A retried submission (mobile networks retry) opens one case; a reused key with another body is refused. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class IdempotencyKeyTest {

    @Test
    void theSameKeyAndBodyGiveTheFirstAnswerAgain() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        Map<String, Object> submission = Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of());
        String key = UUID.randomUUID().toString();
        var first = Fixtures.asClerk().header("Idempotency-Key", key).body(submission).post("/api/v1/cases")
                .then().statusCode(201).extract();
        var again = Fixtures.asClerk().header("Idempotency-Key", key).body(submission).post("/api/v1/cases")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertThat(again.path("number").toString()).isEqualTo(first.path("number"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        Fixtures.asClerk().queryParam("item", item).get("/api/v1/cases").then().body("total", equalTo(1));

        Map<String, Object> other = new HashMap<>(submission);
        other.put("facts", List.of("PROXY_APPLICANT"));
        Fixtures.asClerk().header("Idempotency-Key", key).body(other).post("/api/v1/cases")
                .then().statusCode(422).body("errors.field", hasItem("Idempotency-Key"));

        Fixtures.asClerk().body(submission).post("/api/v1/cases").then().statusCode(201);
        Fixtures.asClerk().queryParam("item", item).get("/api/v1/cases").then().body("total", equalTo(2));
    }
}
