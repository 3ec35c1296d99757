package org.onetrip.intake.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.platform.outbox.Outbox;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Roles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What intake tells department systems, proxy agents and oversight on {@code intake.cases}
 * (key = case number). Every event carries the case as it stands after the change, without personal
 * data, so a consumer never needs an earlier event to make sense of a later one. The applicant hears of the
 * change from the same transaction (CaseNotices).
 */
@ApplicationScoped
public class CaseEvents {
    public static final String TOPIC = "intake.cases";
    public static final String PREFIX = "org.onetrip.intake.case.";
    /** The CloudEvents extension ({@code ce_channel}) naming the case's channel, so consumers can pass over others unread. */
    public static final String CHANNEL = "channel";

    public enum Kind {
        SUBMITTED("submitted"), SUPPLEMENT_REQUESTED("supplement-requested"), ACCEPTED("accepted"),
        NOT_ACCEPTED("not-accepted"), ROUTED("routed"), PROGRESSED("progressed"), SUSPENDED("suspended"),
        RESUMED("resumed"), COMPLETED("completed"), DELIVERED("delivered"), WITHDRAWN("withdrawn"),
        VISIT_RECORDED("visit-recorded"), COMMITMENT_KEPT("commitment-kept"), RECEIPT_CONFIRMED("receipt-confirmed"),
        /** A case brought over from the system before OneTrip, as it ended there: for the figures, not for departments. */
        IMPORTED("imported"),
        /** The resident rated the completed case on the public look-up; the event's {@code rating} says how. */
        RATED("rated");

        private final String name;

        Kind(String name) {
            this.name = name;
        }

        public String type() {
            return PREFIX + name + ".v1";
        }
    }

    /** Who acted, for consumers that must tell people's steps from systems' (oversight counts officers' own work). */
    public enum ActorKind {
        APPLICANT, CLERK, AGENT, OFFICER, DEPARTMENT_SYSTEM, INTAKE;

        /** A window or online caller, or a submission applied from an event: an agent's, or a department system's. */
        public static ActorKind of(Caller caller) {
            if (caller.is(Roles.SYSTEM)) {
                return caller.department() != null ? DEPARTMENT_SYSTEM : AGENT;
            }
            return caller.actsAs(Roles.CLERK) ? CLERK : caller.actsAs(Roles.OFFICER) ? OFFICER : APPLICANT;
        }
    }

    public record DepartmentState(String department, CaseDepartment.Role role, CaseDepartment.Stage stage,
                                  IntakeCase.Decision decision, String resultDocument, ElectronicLicence licence,
                                  DecisionDocument decisionDocument) {
        static DepartmentState of(CaseDepartment d) {
            return new DepartmentState(d.department, d.role, d.stage, d.decision, d.resultDocument, d.licence, d.decisionDocument);
        }
    }

    /** The case after the change, and who changed it, when and why; a rated event also the resident's rating. */
    public record CaseEvent(String number, CaseStatus status, String statusCode, String statusLabel, String itemCode, int itemVersion, String itemName,
                            String jurisdiction, Channel channel, IntakeCase.ApplicantKind applicantKind,
                            String applicantClass, String ruleCode, List<DepartmentState> departments,
                            Integer promisedDays, LocalDate acceptedOn, LocalDate dueDate, LocalDate suspendedOn,
                            IntakeCase.Decision decision, String result, IntakeCase.DeliveryMethod deliveryMethod,
                            List<String> deliveredDocuments, OffsetDateTime completedAt, OffsetDateTime deliveredAt,
                            boolean imported, String legacyNumber,
                            int trips, UUID proxyRequestId, String submittedBy, String submittedAs, OffsetDateTime submittedAt, OffsetDateTime at,
                            String actor, ActorKind actorKind, String department, String note, Notice notice,
                            Commitment commitment,
                            @JsonInclude(JsonInclude.Include.NON_NULL) ResidentRating rating) {
    }

    private final Outbox outbox;
    private final CaseNotices notices;

    CaseEvents(Outbox outbox, CaseNotices notices) {
        this.outbox = outbox;
        this.notices = notices;
    }

    public void publish(Kind kind, IntakeCase c, String actor, ActorKind actorKind, String department, String note,
                        OffsetDateTime at) {
        publish(kind, c, actor, actorKind, department, note, null, at);
    }

    /** The resident's rating, given on the look-up: the case as it stands, and the rating. */
    public void publishRating(IntakeCase c, ResidentRating rating, OffsetDateTime at) {
        publish(Kind.RATED, c, "resident", ActorKind.APPLICANT, null, null, rating, at);
    }

    private void publish(Kind kind, IntakeCase c, String actor, ActorKind actorKind, String department, String note,
                         ResidentRating rating, OffsetDateTime at) {
        List<DepartmentState> departments = CaseDepartment.of(c).stream().map(DepartmentState::of).toList();
        UUID eventId = outbox.publish(TOPIC, kind.type(), c.number, new CaseEvent(c.number, c.status, c.status.code(), c.status.label(), c.itemCode, c.itemVersion,
                c.itemName, c.jurisdiction, c.channel, c.applicantKind, c.applicantClass, c.ruleCode, departments,
                c.promisedDays, c.acceptedOn, c.dueDate, c.suspendedOn, c.decision, c.result, c.deliveryMethod, c.deliveredDocuments, c.completedAt, c.deliveredAt, c.imported, c.legacyNumber, c.trips,
                c.proxyRequestId, c.submittedBy, c.submittedAs, c.submittedAt, at, actor, actorKind, department, note,
                c.notice, c.commitment, rating), Map.of(CHANNEL, c.channel.name()));
        notices.on(kind, c, eventId, department, note);
    }
}
