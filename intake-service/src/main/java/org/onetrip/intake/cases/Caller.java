package org.onetrip.intake.cases;

import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Jurisdictions;

/** Who is acting, in which role, within which scope. */
public record Caller(String subject, String role, String jurisdiction, String department) {

    /** Clerks act only within their jurisdiction (a town's clerk serves its villages too). */
    public void requireJurisdiction(String caseJurisdiction) {
        if (!Jurisdictions.covers(jurisdiction, caseJurisdiction)) {
            throw new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
        }
    }
}
