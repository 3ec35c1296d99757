package org.onetrip.intake.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.OneTripTestResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Case numbers from sequences: unique under concurrency, no lock held by a running submission, continuing old counters. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class CaseNumbersTest {
    @Inject
    CaseNumbers numbers;

    @Inject
    EntityManager entityManager;

    @Test
    void concurrentSubmissionsOfANewJurisdictionYearGetDistinctNumbers() throws Exception {
        String town = freshTown();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<List<String>>> drawing = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                drawing.add(CompletableFuture.supplyAsync(() -> {
                    List<String> drawn = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        drawn.add(QuarkusTransaction.requiringNew().call(() -> numbers.next(town, 2031)));
                    }
                    return drawn;
                }, pool));
            }
            Set<String> all = new HashSet<>();
            for (var d : drawing) {
                all.addAll(d.get());
            }
            assertThat(all).hasSize(120).allMatch(n -> n.matches(town + "-2031-\\d{6}"));
            assertThat(all).contains(town + "-2031-000001", town + "-2031-000120");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSubmissionStillRunningDoesNotHoldUpTheNext() throws Exception {
        String town = freshTown();
        QuarkusTransaction.requiringNew().run(() -> numbers.next(town, 2031));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // This transaction draws a number and stays open while another draws the next one and commits.
            String other = QuarkusTransaction.requiringNew().call(() -> {
                String mine = numbers.next(town, 2031);
                assertThat(mine).endsWith("-000002");
                return pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> numbers.next(town, 2031)))
                        .get(5, java.util.concurrent.TimeUnit.SECONDS);
            });
            assertThat(other).isEqualTo(town + "-2031-000003");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aYearCountedBeforeContinuesAfterItsLastNumberAndARolledBackOneLeavesAGap() {
        String town = freshTown();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into case_number_counter (jurisdiction, year, last) values (:j, 2031, 41)").setParameter("j", town)
                .executeUpdate());
        assertThat(QuarkusTransaction.requiringNew().call(() -> numbers.next(town, 2031))).isEqualTo(town + "-2031-000042");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            numbers.next(town, 2031);
            throw new IllegalStateException("the submission failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> numbers.next(town, 2031))).isEqualTo(town + "-2031-000044");
        assertThat(QuarkusTransaction.requiringNew().call(() -> numbers.next(town, 2032))).isEqualTo(town + "-2032-000001");
    }

    @Test
    void onlyAJurisdictionCodeNamesASequence() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> numbers.next("x; drop table intake_case", 2031)))
                .isInstanceOf(PersistenceException.class);
    }

    private static String freshTown() {
        return "9" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
