package org.onetrip.intake.history;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onetrip.intake.cases.CaseStatus;
import org.onetrip.intake.cases.Channel;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.cases.Submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A finished case from the system a town used before OneTrip, as it ended there: what, where, how it came in, who
 * applied, and its dates as they were. Imported cases are counted in the figures and boards of their months.
 *
 * @param legacyNumber the number it had there (unique among imported cases)
 * @param status       how it ended: COMPLETED, DELIVERED, NOT_ACCEPTED or WITHDRAWN
 */
public record HistoricalCase(
        @Size(max = 60) @Schema(example = "YQ-2025-00318") String legacyNumber,
        @NotBlank @Schema(example = "330109013-QR-0001") String itemCode,
        @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}") String jurisdiction,
        @NotNull Channel channel,
        @NotNull @Valid Submission.Applicant applicant,
        @NotNull OffsetDateTime submittedAt,
        LocalDate acceptedOn,
        @Min(0) @Max(365) Integer promisedDays,
        OffsetDateTime completedAt,
        IntakeCase.Decision decision,
        @Size(max = 200) String result,
        IntakeCase.DeliveryMethod deliveryMethod,
        OffsetDateTime deliveredAt,
        @Min(0) @Max(20) int trips,
        @NotNull CaseStatus status) {
}
