package org.onetrip.catalogue.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A jurisdiction as the APIs speak it. */
public record JurisdictionView(
        @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}") @Schema(example = "330109013") String code,
        @NotBlank @Size(max = 100) @Schema(example = "义桥镇") String name,
        @NotNull JurisdictionLevel level,
        @Pattern(regexp = "\\d{6}|\\d{9}") @Schema(example = "330109") String parent) {

    static JurisdictionView of(Jurisdiction j) {
        return new JurisdictionView(j.code, j.name, j.level, j.parent);
    }
}
