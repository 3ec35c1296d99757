package org.onetrip.intake.documents;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A document of a case as listed: what it is, its number, and where to get it as HTML to print or as PDF. */
public record DocumentView(UUID id, DocumentKind kind, String title, String number, String replaces,
                           OffsetDateTime issuedAt, String issuedBy, String html, String pdf) {

    static DocumentView of(CaseDocument d, String caseNumber) {
        String base = "/api/v1/cases/" + caseNumber + "/documents/" + d.id;
        return new DocumentView(d.id, d.kind, d.kind.title(), d.number, d.replaces, d.issuedAt, d.issuedBy,
                base + ".html", base + ".pdf");
    }
}
