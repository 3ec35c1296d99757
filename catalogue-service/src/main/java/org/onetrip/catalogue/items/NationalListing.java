package org.onetrip.catalogue.items;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An item as the national list of government service items has it (政务服务事项基本目录及实施清单), next to its
 * local code: the codes the provincial platform and department systems know it by, and what kind of case it makes.
 *
 * @param basicCode          基本编码: the item type's two letters (as in the local code: XK, QR, JF, ...), five digits of
 *                           the main item and three of the sub-item (000 when it has none), e.g. QR00123000
 * @param implementationCode 实施编码: the implementing body's unified social credit code (18) followed by the basic code,
 *                           and two digits of the handling variant where there are several
 * @param caseType           办件类型: 即办件 (decided on the spot, no promised days) or 承诺件
 * @param serviceObjects     服务对象
 * @param resultType         办理结果类型, and {@code resultSample} where a sample of the result can be seen (结果样本)
 * @param serviceScope       通办范围: where else the item can be handled
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NationalListing(
        @Pattern(regexp = BASIC_CODE) @Schema(example = "QR00123000") String basicCode,
        @Pattern(regexp = IMPLEMENTATION_CODE) @Schema(example = "11330109MB1234567XQR0012300000") String implementationCode,
        CaseType caseType,
        @Size(max = 3) List<@NotNull ServiceObject> serviceObjects,
        ResultType resultType,
        @Size(max = 300) @Schema(example = "《老年人优待证》样证（窗口公示）") String resultSample,
        ServiceScope serviceScope) {

    public static final String BASIC_CODE = "[A-Z]{2}\\d{5}[0-9A-Z]{3}";
    /** A unified social credit code (GB 32100), the basic code, and an optional two-digit variant. */
    public static final String IMPLEMENTATION_CODE = "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}" + BASIC_CODE + "(\\d{2})?";

    public NationalListing {
        serviceObjects = serviceObjects == null ? List.of() : List.copyOf(serviceObjects);
    }

    /** The basic code the implementation code carries (after the 18 characters of the credit code). */
    public String basicCodeInImplementationCode() {
        return implementationCode == null || implementationCode.length() < 28 ? null : implementationCode.substring(18, 28);
    }

    public enum CaseType {
        INSTANT("即办件"), PROMISED("承诺件");

        private final String label;

        CaseType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum ServiceObject {
        NATURAL_PERSON("自然人"), LEGAL_PERSON("法人"), OTHER_ORGANISATION("其他组织");

        private final String label;

        ServiceObject(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum ResultType {
        LICENCE("证照"), APPROVAL_DOCUMENT("批文"), OTHER("其他");

        private final String label;

        ResultType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum ServiceScope {
        LOCAL("本级办理"), DISTRICT("全区通办"), CITY("全市通办"), PROVINCE("全省通办"), NATIONWIDE("全国通办");

        private final String label;

        ServiceScope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
