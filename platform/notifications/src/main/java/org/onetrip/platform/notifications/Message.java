package org.onetrip.platform.notifications;

/** A rendered message: the subject (e-mail only) and the text. */
public record Message(String subject, String text) {
}
