package org.onetrip.intake.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * A result the resident can have electronically: an electronic licence or a decision document a department issued,
 * with where it is kept and its SHA-256 to check a copy against. Electronic delivery delivers these.
 */
public record ElectronicResult(String title, String documentRef, String documentHash) {

    /** What the case's departments issued electronically, in their order. */
    public static List<ElectronicResult> of(IntakeCase c) {
        List<ElectronicResult> results = new ArrayList<>();
        for (CaseDepartment d : CaseDepartment.of(c)) {
            if (d.licence != null) {
                results.add(new ElectronicResult("电子证照 " + d.licence.number(), d.licence.documentRef(), d.licence.documentHash()));
            }
            if (d.decisionDocument != null) {
                results.add(new ElectronicResult(d.decisionDocument.title(), d.decisionDocument.documentRef(),
                        d.decisionDocument.documentHash()));
            }
        }
        return results;
    }
}
