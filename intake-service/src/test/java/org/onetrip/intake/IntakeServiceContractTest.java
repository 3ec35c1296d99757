package org.onetrip.intake;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.ServiceContractTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class IntakeServiceContractTest extends ServiceContractTest {

    @Test
    void aSubmissionIsDocumentedAsCreatedWithItsLocation() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/cases'.post.responses.'201'.headers.Location", notNullValue())
                .body("paths.'/api/v1/cases'.post.responses", not(hasKey("200")))
                .body("paths.'/api/v1/cases'.post.responses.'422'.content", hasKey("application/problem+json"));
    }
}
