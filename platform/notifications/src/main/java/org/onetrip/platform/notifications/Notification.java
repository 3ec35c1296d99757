package org.onetrip.platform.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.onetrip.platform.personaldata.SealedAt;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One message to one resident on one channel, and what became of it: the record a supervisor reads. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    public enum Status {
        /** Waiting for its first or next attempt. */
        PENDING,
        /** The provider took it. */
        SENT,
        /** Given up: refused for good, or still failing after the last attempt. */
        FAILED,
        /** Not sent: the resident opted out of the channel. */
        OPTED_OUT
    }

    @Id
    public UUID id;
    @Column(name = "source_event")
    public UUID sourceEvent;
    public String kind;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String reference;
    public String jurisdiction;
    /** The address, sealed, until the message is sent or given up. */
    @Column(name = "recipient_sealed")
    public String recipientSealed;
    @Column(name = "recipient_hash")
    public String recipientHash;
    @Column(name = "recipient_masked")
    public String recipientMasked;
    public String subject;
    /** The text as shown: a secret it names (a look-up code) masked. */
    public String body;
    /** The text the resident receives, sealed, when it differs from the one shown; until sent or given up. */
    @Column(name = "text_sealed")
    public String textSealed;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "provider_answer")
    public String providerAnswer;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** Where a sealed column of this message is sealed for: this table, the column, the message's id. */
    public SealedAt sealedAt(String column) {
        return new SealedAt("notification", column, id.toString());
    }
}
