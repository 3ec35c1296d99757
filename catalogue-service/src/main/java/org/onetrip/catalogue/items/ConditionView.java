package org.onetrip.catalogue.items;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onetrip.platform.reference.Condition;

import java.util.List;

/** A condition of the vocabulary as the catalogue publishes it: what the window and the agents' screens offer. */
public record ConditionView(@Schema(example = "PROXY_APPLICANT") String code,
                            @Schema(example = "委托他人代办") String label,
                            @Schema(description = "DECLARED: ticked for the applicant; otherwise the window decides it from "
                                    + "the applicant's kind or resident ID number") Condition.Basis basis,
                            @Schema(description = "Words older sheets used for it, which an import maps to the code") List<String> aliases) {
    public static ConditionView of(Condition c) {
        return new ConditionView(c.name(), c.label(), c.basis(), c.aliases());
    }

    /** A material's condition as the vocabulary's migration found it: mapped to a code, or left for an administrator. */
    public record Migrated(String itemCode, int version, String material, String was, String code, String jurisdiction) {
    }
}
