package org.onetrip.oversight.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The reform's figures for a jurisdiction (and everything below it) and a period, as the weekly board
 * posts them. Counts of cases are of those submitted, accepted or completed within the period; shares
 * are of the cases completed within it; warnings and breaches are those raised within it. Nothing here
 * names a person; places and departments are named as the catalogue names them (their code while it has not).
 * Of the reviews given in the period: those given by default (the applicant did not rate in time), the bad ones
 * (不满意, 非常不满意: each opens a rectification), and the shares of those called back (回访率) and rectified
 * and verified (差评整改率). Of the service centres' halls: numbers called and how long they waited, numbers
 * called nobody answered and bookings missed (爽约).
 */
public record Figures(String jurisdiction, String jurisdictionName, LocalDate from, LocalDate to,
                      long items, long reformListedItems, BigDecimal reformListedPercent,
                      long casesSubmitted, long casesAccepted, long casesCompleted,
                      long completedThroughWindow, BigDecimal windowPercent, Channels channels,
                      long completedOnTime, BigDecimal onTimePercent,
                      long zeroTrip, BigDecimal zeroTripPercent, long atMostOneTrip, BigDecimal atMostOneTripPercent,
                      long deadlineWarnings, long deadlineBreaches,
                      long proxyRequestsReceived, long proxyRequestsDelivered,
                      Map<String, Long> reviews, long reviewsDefaulted, long badReviews, BigDecimal calledBackPercent,
                      BigDecimal rectifiedPercent, long openRectifications, long overdueRectifications,
                      long complaintsReceived, long complaintsClosed,
                      long toleratedAcceptances, long commitmentsKept, long commitmentsBroken,
                      List<Rank> departments, List<Rank> villages, Hall hall) {

    public Figures {
        // The review distribution in the order of the scale, however the map was stored.
        Map<String, Long> ordered = new java.util.LinkedHashMap<>();
        for (org.onetrip.oversight.reviews.Rating rating : org.onetrip.oversight.reviews.Rating.values()) {
            ordered.put(rating.name(), reviews.getOrDefault(rating.name(), 0L));
        }
        reviews = java.util.Collections.unmodifiableMap(ordered);
    }

    /**
     * Completed cases by how they came in, each with its share of all completed: the integrated window, a proxy agent
     * (both 一窗受理: {@code completedThroughWindow}), a department's own counter (分散受理), online or mobile.
     */
    public record Channels(long window, BigDecimal windowPercent, long proxy, BigDecimal proxyPercent, long departmentCounter,
                           BigDecimal departmentCounterPercent, long online, BigDecimal onlinePercent) {
    }

    /** The halls in the period: numbers called, their average and longest wait, and the no-shows of both kinds. */
    public record Hall(long numbersCalled, BigDecimal averageWaitMinutes, long longestWaitMinutes, long numbersNotAnswered,
                       long bookingsMissed) {
    }

    /** A place in a ranking: departments by on-time rate, villages by proxy requests delivered. */
    public record Rank(int place, String code, String name, long completed, long onTime, BigDecimal percent) {
    }

    public static BigDecimal percent(long part, long whole, int decimals) {
        return whole == 0 ? BigDecimal.ZERO.setScale(decimals)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
    }
}
