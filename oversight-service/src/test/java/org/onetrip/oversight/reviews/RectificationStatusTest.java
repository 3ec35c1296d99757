package org.onetrip.oversight.reviews;

import org.junit.jupiter.api.Test;
import org.onetrip.oversight.assessments.Quarter;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RectificationStatusTest {

    @Test
    void aRectificationGoesCallbackReportVerification() {
        assertThat(Rectification.Status.OPEN.canBecome(Rectification.Status.CALLED_BACK)).isTrue();
        assertThat(Rectification.Status.CALLED_BACK.canBecome(Rectification.Status.REPORTED)).isTrue();
        assertThat(Rectification.Status.REPORTED.canBecome(Rectification.Status.VERIFIED)).isTrue();
        assertThat(Rectification.Status.REPORTED.canBecome(Rectification.Status.CALLED_BACK)).as("sent back").isTrue();
        assertThat(Rectification.Status.OPEN.canBecome(Rectification.Status.REPORTED)).as("no report without a callback").isFalse();
        assertThat(Rectification.Status.VERIFIED.canBecome(Rectification.Status.APPEALED)).isFalse();
        assertThat(Rectification.Status.APPEALED.canBecome(Rectification.Status.APPEAL_UPHELD)).isTrue();
    }

    @Test
    void onlyBadRatingsOpenARectification() {
        assertThat(Rating.DISSATISFIED.bad()).isTrue();
        assertThat(Rating.VERY_DISSATISFIED.bad()).isTrue();
        assertThat(Rating.BASICALLY_SATISFIED.bad()).isFalse();
    }

    @Test
    void quartersCloseAfterTheirLastDay() {
        Quarter q2 = Quarter.parse("2025-Q2");
        assertThat(q2.first()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(q2.last()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(q2.closedOn(LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(q2.closedOn(LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(Quarter.of(LocalDate.of(2026, 11, 27))).hasToString("2026-Q4");
    }
}
