package org.onetrip.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** With the province's identity provider configured, the page is told where it is and may connect to it. */
@QuarkusTest
@TestProfile(IdentityProviderTest.WithIdentityProvider.class)
class IdentityProviderTest {

    @Test
    void thePageSignsInAtTheIdentityProvider() {
        given().get("/console-settings.json").then().statusCode(200)
                .body("signIn.oidc.issuer", equalTo("https://idp.example.gov.cn/realms/onetrip"))
                .body("signIn.oidc.clientId", equalTo("onetrip-console"))
                .body("signIn.oidc.scope", equalTo("openid"));
        given().get("/").then().header("Content-Security-Policy",
                allOf(containsString("https://idp.example.gov.cn"), not(containsString("18080"))));
    }

    public static class WithIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("onetrip.console.oidc.issuer", "https://idp.example.gov.cn/realms/onetrip",
                    "onetrip.console.oidc.client-id", "onetrip-console");
        }
    }
}
