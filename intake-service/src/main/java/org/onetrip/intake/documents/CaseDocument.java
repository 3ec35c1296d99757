package org.onetrip.intake.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.onetrip.platform.documents.PrintedDocument;
import org.onetrip.platform.personaldata.SealedAt;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A document as the window issued it: what it says is kept, never changed (a re-issue is another document). */
@Entity
@Immutable
@Table(name = "case_document")
public class CaseDocument extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentKind kind;
    @Column(nullable = false)
    public String number;
    /** Who issued it (a town's or district's code), the year and the sequence: unique together, whatever the text. */
    @Column(nullable = false)
    public String issuer;
    @Column(name = "issued_year", nullable = false)
    public int issuedYear;
    @Column(nullable = false)
    public int sequence;
    /** The number of the document this one re-issues. */
    public String replaces;
    /** The department that acted, and what the act said: a re-issue writes the document again from them. */
    public String department;
    public String note;
    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;
    @Column(name = "issued_by", nullable = false)
    public String issuedBy;
    /** The content, with secrets (the look-up code) sealed; opened only to print. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public PrintedDocument content;

    /** Where what the stored document keeps sealed is sealed for: its content, in this row. */
    public SealedAt sealedAt() {
        return new SealedAt("case_document", "content", id.toString());
    }
}
