package org.onetrip.intake.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * A resident's 好差评 of their completed case, given on the public look-up with the case's lookup code: the five-level
 * rating, an optional comment and dimension scores, and where it was given (the government service portal when not
 * said). Intake forwards it on the case's own events; oversight keeps reviews and opens the rectification of a bad one.
 */
public record ResidentRating(@NotNull Rating rating, @Size(max = 1000) String comment,
                             @Size(max = 4) Map<@Pattern(regexp = "efficiency|guideAccuracy|convenience|attitude") String,
                                     @NotNull @Min(1) @Max(5) Integer> dimensions,
                             Channel channel) {

    /** The national five levels. */
    public enum Rating {
        VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, VERY_DISSATISFIED
    }

    /** The public channels a look-up is reached through (the window's device and the hotline rate through staff). */
    public enum Channel {
        PORTAL, MOBILE, SMS, QR_CODE
    }

    /** As forwarded: the channel said, comment and dimensions never null. */
    public ResidentRating forwarded() {
        return new ResidentRating(rating, comment == null ? null : comment.strip(),
                dimensions == null ? Map.of() : Map.copyOf(dimensions), channel == null ? Channel.PORTAL : channel);
    }
}
