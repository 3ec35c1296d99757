package org.onetrip.platform.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.web.RateLimits.Limit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Limits that replicas share through PostgreSQL, that stop counting a key over its limit, and whose window ends. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class RateLimitsTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoReplicasShareOneCount() {
        RateLimits one = new RateLimits(dataSource);
        RateLimits other = new RateLimits(dataSource);
        Limit limit = new Limit("test", 6, Duration.ofHours(1));
        String key = UUID.randomUUID().toString();
        long allowed = IntStream.range(0, 10).filter(i -> (i % 2 == 0 ? one : other).allow(limit, key)).count();
        assertThat(allowed).isEqualTo(6);
        assertThat(new RateLimits(dataSource).allow(limit, key)).as("a third replica started later").isFalse();
        assertThat(one.allow(limit, UUID.randomUUID().toString())).as("another key").isTrue();
    }

    @Test
    void aKeyOverItsLimitIsNoLongerCounted() throws Exception {
        RateLimits limits = new RateLimits(dataSource);
        Limit limit = new Limit("test", 3, Duration.ofHours(1));
        String key = UUID.randomUUID().toString();
        IntStream.range(0, 50).forEach(i -> limits.allow(limit, key));
        assertThat(stored(key)).as("counted up to one over the limit, then remembered by the replica").isEqualTo(4);
    }

    @Test
    void aWindowEndsAndTheKeyIsAnsweredAgain() throws Exception {
        RateLimits limits = new RateLimits(dataSource);
        Limit limit = new Limit("test", 2, Duration.ofSeconds(1));
        String key = UUID.randomUUID().toString();
        assertThat(IntStream.range(0, 5).filter(i -> limits.allow(limit, key)).count()).isEqualTo(2);
        Thread.sleep(1_100);
        assertThat(limits.allow(limit, key)).isTrue();
        assertThat(stored(key)).isEqualTo(1);
    }

    private int stored(String key) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count from rate_limit where bucket = 'test' and key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
