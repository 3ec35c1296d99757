package org.onetrip.intake.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onetrip.platform.personaldata.IdentityCodes;
import org.onetrip.platform.reference.Condition;
import org.onetrip.platform.reference.ConditionCode;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an applicant (or the clerk for them) hands in for an item. */
public record Submission(
        @NotBlank @Schema(example = "330109013-QR-0001") String itemCode,
        @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}") @Schema(description = "Where the case is handled", example = "330109013") String jurisdiction,
        @NotNull Channel channel,
        @NotNull @Valid Applicant applicant,
        @Size(max = 40) @Schema(description = "Selects the item's facilitation rule, e.g. EMPLOYER_GRADE_A", example = "EMPLOYER_GRADE_A") String applicantClass,
        @Size(max = 20) @Schema(description = "The conditions that hold for this applicant, of those a submission declares (GET /api/v1/conditions of the catalogue); the window decides the others itself", example = "[\"PROXY_APPLICANT\"]")
        List<@NotBlank @ConditionCode(declared = true) String> facts,
        @Size(max = 100) List<@Valid @NotNull SubmittedMaterial> materials,
        @Size(max = 100) @Schema(description = "Material code → why it is defective") Map<@NotBlank String, @NotBlank @Size(max = 300) String> defects) {

    /** Of age (成年) at 18; a 老年人 at 60 (老年人权益保障法 第二条). */
    private static final int ADULT = 18;
    private static final int SENIOR = 60;

    public Submission {
        facts = Condition.canonical(facts); // a department's system may still say ON_BEHALF for PROXY_APPLICANT
        materials = materials == null ? List.of() : List.copyOf(materials);
        defects = defects == null ? Map.of() : Map.copyOf(defects);
    }

    /** A person (resident ID number) or an organisation (unified social credit code), a phone and perhaps an e-mail address. */
    @ValidApplicantCode
    public record Applicant(@NotNull IntakeCase.ApplicantKind kind,
                            @NotBlank @Size(max = 100) @Schema(example = "王秀英") String name,
                            @Schema(example = "11010519491231002X") String idNumber,
                            @Schema(example = "91350100M000100Y43") String creditCode,
                            @NotBlank @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}") @Schema(example = "13812341234") String phone,
                            @Email @Size(max = 100) @Schema(description = "Where notices go by e-mail, besides the SMS to the phone", example = "wang.xiuying@example.cn") String email) {
    }

    /**
     * The conditions that hold for this applicant on {@code day}: those declared, and those the window knows itself —
     * an agent's submission is on the resident's behalf (委托代办), an organisation applies as one, and the resident ID
     * number tells a minor and a person of 60 or more.
     */
    public List<String> conditions(LocalDate day) {
        Set<String> conditions = new LinkedHashSet<>(facts);
        if (channel == Channel.PROXY) {
            conditions.add(Condition.PROXY_APPLICANT.name());
        }
        if (applicant.kind() == IntakeCase.ApplicantKind.ORGANISATION) {
            conditions.add(Condition.ENTERPRISE_APPLICANT.name());
        } else if (applicant.idNumber() != null) {
            int age = Period.between(IdentityCodes.birthDate(applicant.idNumber()), day).getYears();
            if (age < ADULT) {
                conditions.add(Condition.MINOR.name());
            } else if (age >= SENIOR) {
                conditions.add(Condition.SENIOR.name());
            }
        }
        return List.copyOf(conditions);
    }

    /** The same submission as made at a department's own counter. */
    public Submission atDepartmentCounter() {
        return new Submission(itemCode, jurisdiction, Channel.DEPARTMENT_COUNTER, applicant, applicantClass, facts, materials, defects);
    }

    /** Materials and facts handed in later, after a one-time notice. */
    public record Supplement(@Size(max = 20) List<@NotBlank @ConditionCode(declared = true) String> facts,
                             @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull SubmittedMaterial> materials) {
        public Supplement {
            facts = Condition.canonical(facts);
        }
    }
}
