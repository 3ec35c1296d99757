package org.onetrip.intake;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.ServiceContractTest;

@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class IntakeServiceContractTest extends ServiceContractTest {
}
