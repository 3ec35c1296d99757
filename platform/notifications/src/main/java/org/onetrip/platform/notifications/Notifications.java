package org.onetrip.platform.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.personaldata.SealedValue;
import org.onetrip.platform.transactions.OnCommit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/**
 * Records the messages a change calls for, in the change's own transaction: so a message exists exactly when its
 * change was committed, and once for the event that made it ({@code source_event}, unique with kind and channel:
 * an event applied again by a consumer records nothing new). The sender takes them from there after commit.
 * The caller opens the addresses it holds and hands them over; each message seals its own for its row, with the text
 * the resident receives when it names a secret (a look-up code), until sent. The record keeps them only masked.
 */
@ApplicationScoped
public class Notifications {

    /**
     * What to tell: the event that calls for it, the kind of message (its template), the item category (for the
     * town's wording), what it is about (a case or appointment number, for the record), the jurisdiction (whose
     * supervisors may read the record, and whose wording is used) and the values of the kind's fields.
     */
    public record Notice(UUID sourceEvent, String kind, String category, String reference, String jurisdiction,
                         Map<String, String> data) {
    }

    /** Where to, opened by the service that holds it: either may be absent. */
    public record Recipient(String phone, String email) {
    }

    private final NotificationTemplates templates;
    private final NotificationSender sender;
    private final PersonalData personalData;
    private final TransactionSynchronizationRegistry transactions;

    Notifications(NotificationTemplates templates, NotificationSender sender, PersonalData personalData,
                  TransactionSynchronizationRegistry transactions) {
        this.templates = templates;
        this.sender = sender;
        this.personalData = personalData;
        this.transactions = transactions;
    }

    /** The item's type letters in its code (330109013-QR-0001: QR), by which a town words messages per category. */
    public static String categoryOf(String itemCode) {
        String[] parts = itemCode.split("-");
        return parts.length == 3 ? parts[1] : NotificationTemplate.EVERY_CATEGORY;
    }

    /** One message per channel the resident has an address on; one the resident opted out of is recorded as such. */
    public void record(Notice notice, Recipient to) {
        Message message = templates.render(notice.jurisdiction(), notice.category(), notice.kind(), notice.data());
        if (to.phone() != null && !to.phone().isBlank()) {
            record(notice, Channel.SMS, to.phone(), message);
        }
        if (to.email() != null && !to.email().isBlank()) {
            record(notice, Channel.EMAIL, to.email(), message);
        }
    }

    /** The resident will receive nothing more on this channel at this address (its keyed hash, as entities keep it). */
    public void optOut(Channel channel, String addressHash) {
        if (!NotificationOptOut.covers(channel, addressHash)) {
            NotificationOptOut optOut = new NotificationOptOut();
            optOut.channel = channel;
            optOut.recipientHash = addressHash;
            optOut.at = OffsetDateTime.now(ZoneOffset.UTC);
            optOut.persist();
        }
    }

    private void record(Notice notice, Channel channel, String clearAddress, Message message) {
        if (Notification.count("sourceEvent = ?1 and kind = ?2 and channel = ?3", notice.sourceEvent(), notice.kind(), channel) > 0) {
            return;
        }
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        SealedValue address = channel == Channel.SMS ? personalData.sealPhone(clearAddress, n.sealedAt("recipient_sealed"))
                : personalData.sealEmail(clearAddress, n.sealedAt("recipient_sealed"));
        n.sourceEvent = notice.sourceEvent();
        n.kind = notice.kind();
        n.channel = channel;
        n.reference = notice.reference();
        n.jurisdiction = notice.jurisdiction();
        n.recipientHash = address.hash;
        n.recipientMasked = address.masked;
        n.subject = message.subject();
        n.body = message.shownText();
        n.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (NotificationOptOut.covers(channel, address.hash)) {
            n.status = Notification.Status.OPTED_OUT;
        } else {
            n.status = Notification.Status.PENDING;
            n.recipientSealed = address.sealed;
            if (!message.text().equals(message.shownText())) {
                n.textSealed = personalData.seal(message.text(), n.sealedAt("text_sealed"));
            }
            n.nextAttemptAt = n.createdAt;
            OnCommit.run(transactions, sender::wakeUp);
        }
        n.persist();
    }
}
