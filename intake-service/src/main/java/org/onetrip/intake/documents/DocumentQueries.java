package org.onetrip.intake.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.intake.cases.CaseQueries;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.platform.documents.PrintedDocument;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.security.Caller;

import java.util.List;
import java.util.UUID;

/** A case's documents, to whoever may see the case: listed, and each printed with its secrets opened. */
@ApplicationScoped
public class DocumentQueries {
    private final CaseQueries cases;
    private final PersonalData personalData;

    DocumentQueries(CaseQueries cases, PersonalData personalData) {
        this.cases = cases;
        this.personalData = personalData;
    }

    /** In the order they were issued. */
    @Transactional
    public List<DocumentView> list(String number, Caller caller) {
        IntakeCase c = cases.visible(number, caller);
        return CaseDocument.<CaseDocument>list("caseId = ?1 order by issuedAt, number", c.id).stream()
                .map(d -> DocumentView.of(d, c.number)).toList();
    }

    /** The document as it was issued, ready to print. */
    @Transactional
    public PrintedDocument printed(String number, UUID id, Caller caller) {
        IntakeCase c = cases.visible(number, caller);
        CaseDocument d = CaseDocument.<CaseDocument>findByIdOptional(id).filter(doc -> doc.caseId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("entity.document", id));
        return d.content.opened(sealed -> personalData.open(sealed, d.sealedAt()));
    }
}
