package org.onetrip.oversight.reviews;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.state.State;
import org.onetrip.platform.state.Transitions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The department's answer to a bad review: a call back within 1 working day, rectification reported
 * within 15, verified by a supervisor, after which the applicant may rate once more. The department may
 * appeal instead; an upheld appeal takes the review out of the figures.
 */
@Entity
@Table(name = "rectification")
public class Rectification extends PanacheEntityBase {
    public enum Status implements State<Status> {
        OPEN, CALLED_BACK, REPORTED, VERIFIED, APPEALED, APPEAL_UPHELD;

        private static final Transitions<Status> TRANSITIONS = Transitions.of(Status.class)
                .allow(OPEN, CALLED_BACK, APPEALED)
                .allow(CALLED_BACK, REPORTED, APPEALED)
                .allow(REPORTED, VERIFIED, CALLED_BACK)
                .allow(APPEALED, APPEAL_UPHELD, OPEN);

        @Override
        public Transitions<Status> transitions() {
            return TRANSITIONS;
        }

        public boolean done() {
            return this == VERIFIED || this == APPEAL_UPHELD;
        }
    }

    @Id
    public UUID id;
    @Column(name = "review_id")
    public UUID reviewId;
    @Column(name = "case_number")
    public String caseNumber;
    public String department;
    public String jurisdiction;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "opened_on")
    public LocalDate openedOn;
    @Column(name = "callback_due")
    public LocalDate callbackDue;
    @Column(name = "called_back_at")
    public OffsetDateTime calledBackAt;
    @Column(name = "callback_note")
    public String callbackNote;
    @Column(name = "report_due")
    public LocalDate reportDue;
    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;
    public String report;
    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;
    @Column(name = "verified_by")
    public String verifiedBy;
    public String verdict;
    @Column(name = "appeal_reason")
    public String appealReason;
    @Column(name = "appeal_decision")
    public String appealDecision;
    @Version
    @Column(name = "row_version")
    public int rowVersion;

    public void moveTo(Status next) {
        status = status.moveTo(next);
    }

    /** Open rectifications whose callback or report is past due. */
    public static List<Rectification> overdue(LocalDate today) {
        return of(null, null, today).list();
    }

    /**
     * A department's rectifications (all when {@code department} is null), newest first; with
     * {@code overdueOn}, only those whose callback or report is past due on that day.
     */
    /** Of a department (officers) or within a jurisdiction (supervisors: a valid code, see Jurisdictions). */
    public static PanacheQuery<Rectification> of(String department, String jurisdiction, LocalDate overdueOn) {
        String overdue = overdueOn == null ? "" : " and status not in :finished and ((calledBackAt is null and callbackDue < :day)"
                + " or (reportedAt is null and reportDue < :day))";
        Parameters parameters = Parameters.with("department", department)
                .and("within", jurisdiction == null ? null : Jurisdictions.likePattern(jurisdiction));
        if (overdueOn != null) {
            parameters.and("finished", List.of(Status.VERIFIED, Status.APPEAL_UPHELD, Status.APPEALED)).and("day", overdueOn);
        }
        return find("(:department is null or department = :department) and (:within is null or jurisdiction like :within)" + overdue + " order by openedOn desc", parameters);
    }
}
