package org.onetrip.intake.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.personaldata.SealedAt;
import org.onetrip.platform.personaldata.SealedValue;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Roles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A case file at the integrated window. Personal data is only ever stored sealed, hashed and masked. */
@Entity
@Table(name = "intake_case")
public class IntakeCase extends PanacheEntityBase {
    public enum ApplicantKind { PERSON, ORGANISATION }

    public enum Decision { APPROVED, DENIED }

    public enum DeliveryMethod { WINDOW_PICKUP, EXPRESS_MAIL, PROXY_AGENT, ELECTRONIC }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false, unique = true, updatable = false)
    public String number;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;
    @Column(name = "item_code", nullable = false)
    public String itemCode;
    @Column(name = "item_version", nullable = false)
    public int itemVersion;
    @Column(name = "item_name", nullable = false)
    public String itemName;
    @Column(nullable = false)
    public String jurisdiction;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false)
    public ApplicantKind applicantKind;
    /** The applicant's name, as the service works with it; kept sealed for this row ({@link #sealName()}). */
    @Transient
    public String applicantName;
    @Column(name = "applicant_name", nullable = false)
    String applicantNameSealed;
    /** The resident ID number sealed, or an organisation's credit code in clear (it is public). */
    @Embedded
    @AttributeOverride(name = "sealed", column = @Column(name = "applicant_code_sealed", nullable = false))
    @AttributeOverride(name = "hash", column = @Column(name = "applicant_code_hash", nullable = false))
    @AttributeOverride(name = "masked", column = @Column(name = "applicant_code_masked", nullable = false))
    public SealedValue applicantCode;
    @Embedded
    @AttributeOverride(name = "sealed", column = @Column(name = "phone_sealed", nullable = false))
    @AttributeOverride(name = "hash", column = @Column(name = "phone_hash", nullable = false))
    @AttributeOverride(name = "masked", column = @Column(name = "phone_masked", nullable = false))
    public SealedValue phone;
    /** Where notices go by e-mail too, if the applicant gave one. */
    @Embedded
    @AttributeOverride(name = "sealed", column = @Column(name = "email_sealed"))
    @AttributeOverride(name = "hash", column = @Column(name = "email_hash"))
    @AttributeOverride(name = "masked", column = @Column(name = "email_masked"))
    public SealedValue email;
    /** The random code the public progress look-up asks for (LookupCodes). */
    @Column(name = "lookup_code_sealed")
    public String lookupCodeSealed;
    @Column(name = "lookup_code_hash")
    public String lookupCodeHash;
    @Column(name = "applicant_class")
    public String applicantClass;
    @Column(name = "rule_code")
    public String ruleCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> facts;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<SubmittedMaterial> materials;
    @JdbcTypeCode(SqlTypes.JSON)
    public Notice notice;
    /** 容缺受理: what was accepted missing, against the applicant's written commitment; null when nothing was. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Commitment commitment;

    @Column(name = "promised_days")
    public Integer promisedDays;
    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;
    /** When the applicant was last sent away (a one-time notice, the case routed): a later presence may be a new trip. */
    @Column(name = "sent_away_at")
    public OffsetDateTime sentAwayAt;
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "suspended_on")
    public LocalDate suspendedOn;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    public String result;
    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method")
    public DeliveryMethod deliveryMethod;
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
    /** Electronic delivery: the licence files it delivered (their references). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "delivered_documents")
    public List<String> deliveredDocuments;
    /** The resident confirmed receipt of the result, with their own applicant login. */
    @Column(name = "receipt_confirmed_at")
    public OffsetDateTime receiptConfirmedAt;
    @Column(name = "receipt_confirmed_by")
    public String receiptConfirmedBy;
    /** When the resident rated the case on the public look-up (once). */
    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;
    /** A case brought over from the system before OneTrip, with the number it had there. */
    public boolean imported;
    @Column(name = "legacy_number")
    public String legacyNumber;
    @Column(name = "closing_reason")
    public String closingReason;
    @Column(nullable = false)
    public int trips;
    @Column(name = "proxy_request_id", unique = true)
    public UUID proxyRequestId;
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;
    /** The role {@link #submittedBy} acted in: an applicant owns only what it submitted as an applicant. */
    @Column(name = "submitted_as", nullable = false)
    public String submittedAs;

    /** Whether {@code caller} is the applicant who submitted this case (subject and role alike). */
    public boolean ownedBy(Caller caller) {
        return caller.actsAs(Roles.APPLICANT) && Roles.APPLICANT.equals(submittedAs) && submittedBy.equals(caller.subject());
    }
    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    public int rowVersion;

    /** Moves to the next status if the state machine allows it, keeping the history. */
    public CaseTransition moveTo(CaseStatus next, String actor, String note, OffsetDateTime at) {
        CaseTransition transition = CaseTransition.of(this, status, status.moveTo(next), actor, note, at);
        status = next;
        updatedAt = at;
        return transition;
    }

    /** A line of the history that moves no status (a department's progress note), to be persisted by the caller. */
    public CaseTransition note(String actor, String note, OffsetDateTime at) {
        updatedAt = at;
        return CaseTransition.of(this, status, status, actor, note, at);
    }

    public static Optional<IntakeCase> byNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    public static IntakeCase require(String number) {
        return byNumber(number).orElseThrow(() -> ProblemException.notFound("entity.case", number));
    }

    /** Where a personal-data column of this case is sealed for: this table, the column, the case number. */
    public SealedAt sealedAt(String column) {
        return new SealedAt("intake_case", column, number);
    }

    @PrePersist
    void sealName() {
        applicantNameSealed = PersonalData.sealed(applicantName, sealedAt("applicant_name"));
    }

    @PostLoad
    void openName() {
        applicantName = PersonalData.opened(applicantNameSealed, sealedAt("applicant_name"));
    }
}
