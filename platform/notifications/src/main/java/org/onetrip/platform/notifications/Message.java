package org.onetrip.platform.notifications;

/**
 * A rendered message: the subject (e-mail only), the text the resident receives, and the text as the record and the
 * log show it, with the kind's secret fields (a look-up code) masked.
 */
public record Message(String subject, String text, String shownText) {
}
