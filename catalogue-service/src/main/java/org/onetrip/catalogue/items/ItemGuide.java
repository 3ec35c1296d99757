package org.onetrip.catalogue.items;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onetrip.platform.reference.ConditionCode;

import java.math.BigDecimal;
import java.util.List;

/**
 * The guide of one item (办事指南, 一事一表): everything a resident needs to know and everything the
 * window checks a submission against. A draft may still be incomplete; {@link Completeness} says
 * what is missing before it can be published.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemGuide(
        @NotBlank @Size(max = 200) @Schema(example = "老年优待证核发") String name,
        @Size(max = 50) @Schema(example = "老年优待证") String shortName,
        @NotNull Category category,
        @NotBlank @Pattern(regexp = CODE_PART) @Schema(description = "Issuing jurisdiction code", example = "330109013")
        String jurisdiction,
        @Pattern(regexp = CODE_PART) @Schema(description = "Implementing department code", example = "330109013-MZ")
        String department,
        @Size(max = 20) List<@NotBlank @Pattern(regexp = CODE_PART) String> coDepartments,
        @Size(max = 50) List<@Valid @NotNull LegalBasis> legalBasis,
        @Size(max = 4000) String conditions,
        @Size(max = 100) List<@Valid @NotNull Material> materials,
        @Size(max = 50) List<@Valid @NotNull Step> steps,
        @Min(0) @Max(365) Integer statutoryDays,
        @Min(0) @Max(365) Integer promisedDays,
        @Size(max = 20) List<@Valid @NotNull Fee> fees,
        @Min(0) @Max(9) @Schema(description = "In-person visits the guide promises: 0 (zero-trip), 1 (at most one trip, the "
                + "reform's promise for items on its list), or more for items not on the list") Integer trips,
        boolean online,
        boolean proxyEligible,
        boolean reformListed,
        @Size(max = 300) String place,
        @Size(max = 200) String openingHours,
        @Pattern(regexp = PHONE) String consultationPhone,
        @Pattern(regexp = PHONE) String supervisionPhone,
        @Size(max = 50) List<@Valid @NotNull Faq> faq,
        @Size(max = 20) List<@Valid @NotNull FacilitationRule> facilitationRules,
        @Min(1) @Max(60) @Schema(description = "承诺补交期限: working days after acceptance within which materials accepted "
                + "with a tolerable gap (容缺) must follow; needed when any material is tolerable", example = "5")
        Integer commitmentDays,
        @Valid @Schema(description = "The item in the national list: 基本编码, 实施编码, 办件类型, 服务对象, 办理结果, 通办范围")
        NationalListing national) {

    public static final String CODE_PART = "[0-9A-Za-z][0-9A-Za-z_-]{0,29}";
    public static final String PHONE = "[0-9+()\\- ]{5,30}";
    public static final String MATERIAL_CODE = "[A-Z0-9][A-Z0-9_-]{0,19}";

    public ItemGuide {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        materials = materials == null ? List.of() : List.copyOf(materials);
        steps = steps == null ? List.of() : List.copyOf(steps);
        fees = fees == null ? List.of() : List.copyOf(fees);
        faq = faq == null ? List.of() : List.copyOf(faq);
        facilitationRules = facilitationRules == null ? List.of() : List.copyOf(facilitationRules);
    }

    /** A law or regulation the item rests on (设定依据). */
    public record LegalBasis(@NotBlank @Size(max = 200) @Schema(example = "《浙江省实施〈中华人民共和国老年人权益保障法〉办法》") String title,
                             @Size(max = 100) @Schema(example = "第三十条") String article) {
    }

    /** A material the applicant provides, or that is fetched for them (申报材料). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Material(@NotBlank @Pattern(regexp = MATERIAL_CODE) @Schema(example = "M01") String code,
                           @NotBlank @Size(max = 200) @Schema(example = "居民身份证") String name,
                           @NotNull Necessity necessity,
                           @ConditionCode @Schema(description = "For CONDITIONAL materials: the condition under which it is asked for, a code of GET /api/v1/conditions", example = "PROXY_APPLICANT")
                           String conditionCode,
                           @Size(max = 300) @Schema(description = "The condition in words", example = "委托他人代办的") String condition,
                           @NotNull MaterialForm form,
                           @Min(1) @Max(20) int copies,
                           @NotNull Medium medium,
                           @NotNull MaterialSource source,
                           @Size(max = 300) String blankForm,
                           @Size(max = 300) String example,
                           @Size(max = 1000) String notes,
                           @Schema(description = "容缺: the window may accept without it against the applicant's written "
                                   + "commitment (承诺书) to hand it in within the item's commitmentDays")
                           boolean tolerable) {
    }

    /** A step of the process, in order (办理流程). */
    public record Step(@NotBlank @Size(max = 100) @Schema(example = "受理") String name,
                       @Size(max = 100) @Schema(example = "综合受理窗口") String actor,
                       @Min(0) @Max(365) Integer days) {
    }

    /** A fee item (收费标准); no fees means the item is free. */
    public record Fee(@NotBlank @Size(max = 100) String name,
                      @NotNull @DecimalMin("0.00") BigDecimal amount,
                      @Size(max = 200) String basis) {
    }

    public record Faq(@NotBlank @Size(max = 500) String question, @NotBlank @Size(max = 2000) String answer) {
    }

    /**
     * Differentiated handling for a class of applicant (绿色通道, ABCD 四级管理): some materials are
     * waived and the promised time limit is shorter.
     */
    public record FacilitationRule(@NotBlank @Pattern(regexp = MATERIAL_CODE) @Schema(example = "GRADE_A") String code,
                                   @NotBlank @Size(max = 100) @Schema(example = "A 类涉外单位") String name,
                                   @Size(max = 10) List<@NotBlank @Pattern(regexp = MATERIAL_CODE) String> applicantClasses,
                                   @Size(max = 50) List<@NotBlank @Pattern(regexp = MATERIAL_CODE) String> waivedMaterials,
                                   @Min(0) @Max(365) Integer promisedDays) {
        public FacilitationRule {
            applicantClasses = applicantClasses == null ? List.of() : List.copyOf(applicantClasses);
            waivedMaterials = waivedMaterials == null ? List.of() : List.copyOf(waivedMaterials);
        }
    }

    public enum Necessity {
        REQUIRED("必要"), OPTIONAL("非必要"), CONDITIONAL("按条件提交");

        private final String label;

        Necessity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum MaterialForm {
        ORIGINAL("原件"), COPY("复印件"), ORIGINAL_AND_COPY("原件及复印件");

        private final String label;

        MaterialForm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Medium {
        PAPER("纸质"), ELECTRONIC("电子"), EITHER("纸质或电子");

        private final String label;

        Medium(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where a material comes from; SHARED_DATA is fetched, so the applicant need not bring it (信息跑腿). */
    public enum MaterialSource {
        APPLICANT("申请人提供"), DEPARTMENT("部门提供"), SHARED_DATA("数据共享获取，无需提交");

        private final String label;

        MaterialSource(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
