package org.onetrip.oversight.reviews;

import java.util.UUID;

/** What a rating answers: the review's id, its round (1, or 2 after a verified rectification) and its rating. */
public record ReviewView(UUID id, int round, Rating rating) {

    static ReviewView of(Review review) {
        return new ReviewView(review.id, review.round, review.rating);
    }
}
