package org.onetrip.oversight.reviews;

import java.util.UUID;

/**
 * A review: its id, its round (1, or 2 after a verified rectification), its rating, the channel it came through,
 * what it evaluates and whom, and whether it is the default rating of a case left unrated.
 */
public record ReviewView(UUID id, String caseNumber, int round, Rating rating, ReviewChannel channel, ReviewTarget evaluates,
                         String evaluated, boolean defaulted, java.time.OffsetDateTime reviewedAt) {

    static ReviewView of(Review review) {
        return new ReviewView(review.id, review.caseNumber, review.round, review.rating, review.channel, review.evaluates,
                review.evaluated, review.defaulted, review.reviewedAt);
    }
}
