package org.onetrip.catalogue.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onetrip.catalogue.items.ItemGuide;

/** A department as the APIs speak it. */
public record DepartmentView(
        @NotBlank @Pattern(regexp = ItemGuide.CODE_PART) @Schema(example = "330109013-MZ") String code,
        @NotBlank @Size(max = 100) @Schema(example = "义桥镇民政办") String name,
        @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}") @Schema(example = "330109013") String jurisdiction,
        @Size(max = 300) String address,
        @Pattern(regexp = ItemGuide.PHONE) @Schema(example = "0571-82421234") String phone) {

    static DepartmentView of(Department d) {
        return new DepartmentView(d.code, d.name, d.jurisdiction, d.address, d.phone);
    }
}
