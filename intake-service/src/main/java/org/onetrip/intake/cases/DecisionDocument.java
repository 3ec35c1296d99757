package org.onetrip.intake.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A department's decision issued as an electronic document (a 准予许可决定书, a 不予许可决定书, a subsidy decision):
 * most of what a town decides is no licence, and it too can be delivered electronically instead of on paper.
 *
 * @param title        what it is, as the resident is told: 不予许可决定书
 * @param documentRef  where the signed PDF is kept (a URL or URN of the department's document store)
 * @param documentHash the file's SHA-256, lower-case hex, so a copy can be checked against it
 */
public record DecisionDocument(
        @NotBlank @Size(max = 100) @Schema(example = "老年优待证核发决定书") String title,
        @NotBlank @Size(max = 500) @Schema(example = "urn:document:330109013-MZ:2026-000123") String documentRef,
        @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String documentHash) {
}
