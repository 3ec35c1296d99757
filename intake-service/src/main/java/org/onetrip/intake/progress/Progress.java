package org.onetrip.intake.progress;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onetrip.intake.cases.IntakeCase;

/**
 * What a department reports about a case, through its system (its own topic, {@code department.progress.<code>}) or the inbox API.
 *
 * @param kind           what happened
 * @param note           for the record
 * @param decision       with DECIDED: approved or denied
 * @param resultDocument with DECIDED: the decision, certificate or document number
 */
public record Progress(@NotNull Kind kind, @Size(max = 1000) String note, IntakeCase.Decision decision,
                       @Size(max = 200) @Schema(example = "义民优字〔2026〕0042号") String resultDocument) {

    public enum Kind {
        ACKNOWLEDGED("acknowledged"), PROGRESSED("progressed"), MATERIALS_REQUESTED("materials-requested"),
        SUSPENDED("suspended"), RESUMED("resumed"), DECIDED("decided");

        private final String eventName;

        Kind(String eventName) {
            this.eventName = eventName;
        }

        /** The CloudEvents type a department system publishes for this kind. */
        public String type() {
            return "org.onetrip.department.case." + eventName + ".v1";
        }
    }
}
