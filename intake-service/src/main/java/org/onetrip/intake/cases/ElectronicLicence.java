package org.onetrip.intake.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The electronic licence (电子证照) a department's approval issues, as a structured result: what the resident can
 * show instead of paper, and what electronic delivery points at.
 *
 * @param typeCode     证照类型代码, the licence type in the electronic licence catalogue
 * @param number       证照编号
 * @param issuer       颁发机关
 * @param validFrom    有效期起
 * @param validUntil   有效期止; none for a licence without end
 * @param documentRef  where the licence file is kept (a URL or URN of the licence library)
 * @param documentHash the file's SHA-256, lower-case hex, so a copy can be checked against it
 */
public record ElectronicLicence(
        @NotBlank @Pattern(regexp = "[0-9A-Za-z.-]{1,40}") @Schema(example = "11100000MB0000000X001") String typeCode,
        @NotBlank @Size(max = 100) @Schema(example = "浙杭萧老优〔2026〕000123") String number,
        @NotBlank @Size(max = 200) @Schema(example = "萧山区义桥镇人民政府") String issuer,
        @NotNull LocalDate validFrom,
        LocalDate validUntil,
        @NotBlank @Size(max = 500) @Schema(example = "urn:license:330109:000123") String documentRef,
        @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String documentHash) {

    /** Whether its validity period is a period: it does not end before it starts. */
    public boolean validPeriod() {
        return validUntil == null || validFrom == null || !validUntil.isBefore(validFrom);
    }
}
