package org.onetrip.platform.notifications;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A message as recorded: to whom (masked), what, when, and the provider's answer. */
public record NotificationView(UUID id, String kind, Channel channel, String reference, String recipient, String subject,
                               String body, Notification.Status status, int attempts, OffsetDateTime nextAttemptAt,
                               String providerAnswer, OffsetDateTime createdAt, OffsetDateTime sentAt) {
    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.channel, n.reference, n.recipientMasked, n.subject, n.body, n.status,
                n.attempts, n.nextAttemptAt, n.providerAnswer, n.createdAt, n.sentAt);
    }
}
