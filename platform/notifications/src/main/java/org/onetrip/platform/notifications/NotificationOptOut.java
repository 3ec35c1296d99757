package org.onetrip.platform.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A resident's "no more messages on this channel", kept by the keyed hash of the address only. */
@Entity
@Table(name = "notification_opt_out")
@IdClass(NotificationOptOut.Key.class)
public class NotificationOptOut extends PanacheEntityBase {

    public record Key(Channel channel, String recipientHash) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Id
    @Column(name = "recipient_hash")
    public String recipientHash;
    public OffsetDateTime at;

    static boolean covers(Channel channel, String recipientHash) {
        return findByIdOptional(new Key(channel, recipientHash)).isPresent();
    }
}
