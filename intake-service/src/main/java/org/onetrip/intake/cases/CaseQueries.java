package org.onetrip.intake.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.transactions.PlannedPerCall;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.util.List;

/** Cases as the caller may see them: a clerk those of their jurisdiction, an applicant their own. */
@ApplicationScoped
public class CaseQueries {
    private final LookupCodes lookupCodes;

    CaseQueries(LookupCodes lookupCodes) {
        this.lookupCodes = lookupCodes;
    }

    /** Newest first, filtered by status and item. */
    @Transactional
    public Page<CaseView> list(CaseStatus status, String item, PageRequest page, Caller caller) {
        boolean applicant = caller.actsAs(Roles.APPLICANT);
        String scopeValue = applicant ? caller.subject() : Jurisdictions.likePattern(caller.requireJurisdiction());
        // A town's cases among a province's millions, through the jurisdiction's part of an index (V23).
        PlannedPerCall.forThisTransaction(IntakeCase.getEntityManager());
        var query = IntakeCase.<IntakeCase>find((applicant ? "submittedBy = ?1 and submittedAs = 'applicant'" : "jurisdiction like ?1")
                + " and (?2 is null or status = ?2) and (?3 is null or itemCode = ?3) order by submittedAt desc",
                scopeValue, status, item);
        return Page.of(query, page).map(CaseView::of);
    }

    /** Personal data masked; with the lookup code for the receipt. */
    @Transactional
    public CaseView get(String number, Caller caller) {
        IntakeCase c = visible(number, caller);
        return CaseView.of(c, lookupCodes.of(c));
    }

    /** Every transition: when, who, from, to, note. Staff logins are for staff: an applicant sees who acted only where it was themselves. */
    @Transactional
    public List<CaseView.Step> history(String number, Caller caller) {
        IntakeCase c = visible(number, caller);
        boolean applicant = caller.actsAs(Roles.APPLICANT);
        return CaseTransition.<CaseTransition>list("caseId = ?1 order by id", c.id).stream().map(CaseView.Step::of)
                .map(step -> applicant && !c.submittedBy.equals(step.actor()) ? step.withoutActor() : step).toList();
    }

    /** The applicant's own case, or one of the clerk's jurisdiction; any other is not found or forbidden. */
    public IntakeCase visible(String number, Caller caller) {
        IntakeCase c = IntakeCase.require(number);
        if (caller.actsAs(Roles.APPLICANT)) {
            if (!c.ownedBy(caller)) {
                throw ProblemException.notFound("entity.case", number);
            }
        } else {
            caller.requireCovering(c.jurisdiction);
        }
        return c;
    }
}
