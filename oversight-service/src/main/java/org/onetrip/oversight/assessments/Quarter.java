package org.onetrip.oversight.assessments;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A quarter such as {@code 2026-Q1}: its first and last day. */
public record Quarter(int year, int number) {
    public static final String PATTERN = "\\d{4}-Q[1-4]";

    public static Quarter parse(String text) {
        if (text == null || !text.matches(PATTERN)) {
            throw new DateTimeParseException("not a quarter: " + text, String.valueOf(text), 0);
        }
        return new Quarter(Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate first() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate last() {
        return first().plusMonths(3).minusDays(1);
    }

    /** Closed once its last day is over: scoring ends and the results are published. */
    public boolean closedOn(LocalDate today) {
        return today.isAfter(last());
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
