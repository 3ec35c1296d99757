package org.onetrip.oversight.complaints;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.onetrip.platform.state.State;
import org.onetrip.platform.state.Transitions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A complaint or report (投诉举报) from the hotline, the media, a petition or a deputy. */
@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {
    public enum Source { HOTLINE, MEDIA, PETITION, DEPUTY }

    /** REGISTERED → REPLIED → CLOSED. */
    public enum Status implements State<Status> {
        REGISTERED, REPLIED, CLOSED;

        private static final Transitions<Status> TRANSITIONS = Transitions.of(Status.class)
                .allow(REGISTERED, REPLIED)
                .allow(REPLIED, CLOSED);

        @Override
        public Transitions<Status> transitions() {
            return TRANSITIONS;
        }
    }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Source source;
    public String content;
    public String jurisdiction;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "agent_id")
    public UUID agentId;
    public String department;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    @Column(name = "reply_due")
    public LocalDate replyDue;
    public String reply;
    @Column(name = "replied_at")
    public OffsetDateTime repliedAt;
    public String outcome;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "registered_by")
    public String registeredBy;
    @Version
    @Column(name = "row_version")
    public int rowVersion;

    public void moveTo(Status next) {
        status = status.moveTo(next);
    }

    public static List<Complaint> overdue(LocalDate today) {
        return list("status = ?1 and replyDue < ?2", Status.REGISTERED, today);
    }
}
