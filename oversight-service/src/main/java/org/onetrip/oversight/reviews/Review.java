package org.onetrip.oversight.reviews;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A rating of a completed case: round 1, and round 2 after a verified rectification. */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_number")
    public String caseNumber;
    public int round;
    @Enumerated(EnumType.STRING)
    public Rating rating;
    public String comment;
    /** Optional 1–5 scores: efficiency, guideAccuracy, convenience, attitude. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> dimensions;
    public String reviewer;
    /** The case's own channel (WINDOW, ONLINE, ...), as the case came in. */
    @Column(name = "channel")
    public String caseChannel;
    /** Where the review came from; none for a default rating. */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_channel")
    public ReviewChannel channel;
    @Enumerated(EnumType.STRING)
    public ReviewTarget evaluates;
    /** The clerk's login or the department's code it evaluates; none for the case itself. */
    public String evaluated;
    /** The default rating of a completed case its applicant did not rate in time, not a resident's word. */
    public boolean defaulted;
    public String jurisdiction;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] departments;
    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;
    /** An upheld appeal keeps the review on record but out of the figures. */
    public boolean excluded;
}
