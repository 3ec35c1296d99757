package org.onetrip.intake.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.intake.cases.CaseQueries;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.cases.LookupCodes;
import org.onetrip.intake.replica.ItemRequirements;
import org.onetrip.intake.replica.PublishedItem;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.reference.ReferenceNames;
import org.onetrip.platform.security.Caller;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Issues the documents the window hands out, each in the transaction of the act it records (the notice with the
 * request for materials, the acceptance notice with the acceptance, ...), numbered and kept as issued.
 */
@ApplicationScoped
public class CaseDocuments {
    private final DocumentNumbers numbers;
    private final ReferenceNames names;
    private final WorkingDayCalendar calendar;
    private final CaseQueries cases;
    private final LookupCodes lookupCodes;
    private final PersonalData personalData;
    private final Clock clock;

    CaseDocuments(DocumentNumbers numbers, ReferenceNames names, WorkingDayCalendar calendar, CaseQueries cases,
                  LookupCodes lookupCodes, PersonalData personalData, Clock clock) {
        this.numbers = numbers;
        this.names = names;
        this.calendar = calendar;
        this.cases = cases;
        this.lookupCodes = lookupCodes;
        this.personalData = personalData;
        this.clock = clock;
    }

    /**
     * @param department the department that acted, or null
     * @param note       what the act said: a refusal's reasons, a department's request
     */
    public CaseDocument issue(IntakeCase c, DocumentKind kind, String actor, String department, String note,
                              OffsetDateTime at) {
        return issue(c, kind, actor, department, note, at, null);
    }

    /**
     * The same document again, written from the case as it stands, under a new number that names the one it
     * replaces (a correction, a lost copy); the replaced document stays as it was issued.
     */
    @Transactional
    public CaseDocument reissue(String number, UUID id, Caller caller) {
        IntakeCase c = cases.visible(number, caller);
        CaseDocument replaced = CaseDocument.<CaseDocument>findByIdOptional(id).filter(d -> d.caseId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("entity.document", id));
        return issue(c, replaced.kind, caller.subject(), replaced.department, replaced.note, OffsetDateTime.now(clock),
                replaced.number);
    }

    private CaseDocument issue(IntakeCase c, DocumentKind kind, String actor, String department, String note,
                               OffsetDateTime at, String replaces) {
        ItemRequirements item = PublishedItem.version(c.itemCode, c.itemVersion).orElseThrow().requirements;
        Issuer issuer = Issuer.of(c.jurisdiction, names);
        java.time.LocalDate today = calendar.today();
        CaseDocument d = new CaseDocument();
        d.id = UUID.randomUUID();
        DocumentTexts texts = new DocumentTexts(c, item, issuer, names.names(item.deciders()), department, note, today,
                lookupCodes.of(c), value -> personalData.seal(value, d.sealedAt()));
        d.caseId = c.id;
        d.kind = kind;
        DocumentNumbers.Number number = numbers.next(issuer, today.getYear(), kind);
        d.number = number.text();
        d.issuer = issuer.jurisdiction();
        d.issuedYear = number.year();
        d.sequence = number.sequence();
        d.replaces = replaces;
        d.department = department;
        d.note = note;
        d.issuedAt = at;
        d.issuedBy = actor;
        d.content = texts.write(kind, d.number, replaces);
        d.persist();
        return d;
    }
}
