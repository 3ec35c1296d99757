package org.onetrip.proxyagent;

import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.ServiceShape;

/** The service has the shape docs/architecture.md describes. */
class ShapeTest {
    @Test
    void followsTheShapeOfAService() {
        ServiceShape.check("org.onetrip.proxyagent", "proxy-agent");
    }
}
