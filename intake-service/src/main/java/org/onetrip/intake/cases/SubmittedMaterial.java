package org.onetrip.intake.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A material handed in: which of the item's materials it is, and a reference to it (a file id, a
 * scan, or "原件已核" for a paper original the clerk has seen). {@code fetched} marks one the window
 * took from shared data instead of asking the applicant.
 */
public record SubmittedMaterial(@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,19}") @Schema(example = "M01") String code,
                                @Size(max = 300) @Schema(example = "原件已核") String reference,
                                boolean fetched) {
}
