package org.onetrip.intake.cases;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LookupRateLimiterTest {

    @Test
    void aCaseNumberTriedFromManyClientsIsLimitedAlikeWhetherItExistsOrNot() {
        LookupRateLimiter limiter = new LookupRateLimiter(10, 5);
        long allowed = IntStream.range(0, 20).filter(i -> limiter.allow("10.0.0." + i, "330109013-2026-000001")).count();
        assertThat(allowed).isEqualTo(5);
        long unknown = IntStream.range(0, 20).filter(i -> limiter.allow("10.0.1." + i, "330109013-2026-999999")).count();
        assertThat(unknown).isEqualTo(5);
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        LookupRateLimiter limiter = new LookupRateLimiter(10, 1000);
        long allowed = IntStream.range(0, 30)
                .filter(i -> limiter.allow("2001:db8:1:2:" + Integer.toHexString(i) + "::1", "330109013-2026-" + i)).count();
        assertThat(allowed).isEqualTo(10);
        assertThat(limiter.allow("2001:db8:1:3::1", "330109013-2026-000100")).as("another /64").isTrue();
        assertThat(LookupRateLimiter.clientKey("192.0.2.7")).isEqualTo("192.0.2.7");
    }
}
