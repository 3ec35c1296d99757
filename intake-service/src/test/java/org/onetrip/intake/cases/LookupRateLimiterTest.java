package org.onetrip.intake.cases;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.OneTripTestResource;

import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public look-up's limits as a resident meets them behind the ingress (the tests' loopback peer is configured as a
 * trusted proxy): each forwarded client is counted alone, a number is limited alike whether it exists or not, and a
 * storm of wrong codes from many addresses does not lock the case's owner out.
 */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class LookupRateLimiterTest {

    private static int lookUp(String number, String client) {
        return given().header("X-Forwarded-For", client).queryParam("code", "0000-0000").get("/api/v1/progress/" + number).statusCode();
    }

    private static String unknownNumber() {
        return "330109013-2026-9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    @Test
    void aStormAgainstOneNumberSlowsTheStormNotTheOwner() {
        String number = unknownNumber();
        for (int i = 1; i <= 30; i++) {
            lookUp(number, "198.51.100." + i);
        }
        long again = 0;
        for (int i = 0; i < 10; i++) {
            again += lookUp(number, "198.51.100.1") == 404 ? 1 : 0;
        }
        assertThat(again).as("the number's hour is used up: an address that tried it gets three tries of its own, then none")
                .isEqualTo(3);
        assertThat(lookUp(number, "203.0.113.77")).as("its owner, from an address of their own").isEqualTo(404);
    }

    @Test
    void eachForwardedClientIsCountedAloneAndASpoofedHeaderChangesNothing() {
        String client = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
        int tooMany = 0;
        for (int i = 0; i < 400 && tooMany == 0; i++) {
            tooMany = lookUp(unknownNumber(), "6.6.6." + (i % 250) + ", " + client) == 429 ? i : 0;
        }
        assertThat(tooMany).as("one client however its own header varies: over the per-minute limit").isBetween(290, 310);
        assertThat(lookUp(unknownNumber(), "192.0.2.254".equals(client) ? "192.0.2.253" : "192.0.2.254"))
                .as("another client behind the same proxy").isEqualTo(404);
    }
}
