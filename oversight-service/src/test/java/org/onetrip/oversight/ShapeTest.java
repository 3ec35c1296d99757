package org.onetrip.oversight;

import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.ServiceShape;

/** The service has the shape docs/architecture.md describes. */
class ShapeTest {
    @Test
    void followsTheShapeOfAService() {
        ServiceShape.check("org.onetrip.oversight", "oversight");
    }
}
