package org.onetrip.intake.progress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onetrip.intake.cases.DecisionDocument;
import org.onetrip.intake.cases.ElectronicLicence;
import org.onetrip.intake.cases.IntakeCase;

/**
 * What a department reports about a case, through its system (its own topic, {@code department.progress.<code>}) or the inbox API.
 *
 * @param kind           what happened
 * @param note           for the record
 * @param decision       with DECIDED: approved or denied
 * @param resultDocument with DECIDED: the decision, certificate or document number
 * @param licence          with an approval: the electronic licence it issued, if it issued one
 * @param decisionDocument with DECIDED: the decision as an electronic document, if it issued one
 */
public record Progress(@NotNull Kind kind, @Size(max = 1000) String note, IntakeCase.Decision decision,
                       @Size(max = 200) @Schema(example = "义民优字〔2026〕0042号") String resultDocument,
                       @Valid ElectronicLicence licence, @Valid DecisionDocument decisionDocument) {

    /** A report without a licence or an electronic decision. */
    public Progress(Kind kind, String note, IntakeCase.Decision decision, String resultDocument) {
        this(kind, note, decision, resultDocument, null, null);
    }

    public enum Kind {
        ACKNOWLEDGED("acknowledged", "已签收"), PROGRESSED("progressed", "办理中"),
        MATERIALS_REQUESTED("materials-requested", "要求补充材料"), SUSPENDED("suspended", "中止办理"),
        RESUMED("resumed", "恢复办理"), DECIDED("decided", "作出决定");

        private final String eventName;
        private final String label;

        Kind(String eventName, String label) {
            this.eventName = eventName;
            this.label = label;
        }

        /** How the case's history names the step. */
        public String label() {
            return label;
        }

        /** The CloudEvents type a department system publishes for this kind. */
        public String type() {
            return "org.onetrip.department.case." + eventName + ".v1";
        }
    }
}
