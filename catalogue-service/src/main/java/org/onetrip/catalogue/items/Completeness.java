package org.onetrip.catalogue.items;

import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.catalogue.reference.Department;
import org.onetrip.catalogue.reference.Jurisdiction;
import org.onetrip.catalogue.reference.JurisdictionLevel;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.reference.Condition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a guide may be published: 办理地点明确，咨询电话明确，所需材料明确. Lists everything missing at
 * once, so the editor fixes it in one go.
 */
@ApplicationScoped
public class Completeness {

    public List<FieldViolation> missing(ItemGuide g) {
        List<FieldViolation> missing = new ArrayList<>();
        Jurisdiction jurisdiction = Jurisdiction.findById(g.jurisdiction());
        if (jurisdiction == null) {
            missing.add(new FieldViolation("jurisdiction", "unknown-jurisdiction", g.jurisdiction()));
        } else if (jurisdiction.level == JurisdictionLevel.VILLAGE) {
            missing.add(new FieldViolation("jurisdiction", "item.jurisdiction-level"));
        }
        if (g.department() == null) {
            missing.add(new FieldViolation("department", "item.required"));
        } else if (Department.findById(g.department()) == null) {
            missing.add(new FieldViolation("department", "unknown-department", g.department()));
        }
        for (int i = 0; i < g.coDepartments().size(); i++) {
            String co = g.coDepartments().get(i);
            if (co.equals(g.department())) {
                missing.add(new FieldViolation("coDepartments[" + i + "]", "item.co-department-is-implementing"));
            } else if (Department.findById(co) == null) {
                missing.add(new FieldViolation("coDepartments[" + i + "]", "unknown-department", co));
            }
        }
        requireNonEmpty(missing, "legalBasis", g.legalBasis());
        requireText(missing, "conditions", g.conditions());
        requireNonEmpty(missing, "materials", g.materials());
        requireNonEmpty(missing, "steps", g.steps());
        checkMaterials(missing, g);
        if (g.commitmentDays() == null && g.materials().stream().anyMatch(ItemGuide.Material::tolerable)) {
            missing.add(new FieldViolation("commitmentDays", "item.tolerable-needs-commitment-days"));
        }
        checkTimeLimits(missing, g);
        if (g.trips() == null) {
            missing.add(new FieldViolation("trips", "item.required"));
        } else if (g.trips() == 0 && !g.online() && !g.proxyEligible()) {
            missing.add(new FieldViolation("trips", "item.zero-trip-needs-channel"));
        } else if (g.trips() > 1 && g.reformListed()) {
            missing.add(new FieldViolation("trips", "item.reform-listed-at-most-one-trip", g.trips()));
        }
        requireText(missing, "place", g.place());
        requireText(missing, "consultationPhone", g.consultationPhone());
        checkRules(missing, g);
        checkNational(missing, g);
        return missing;
    }

    /**
     * The national codes agree with the item: the basic code starts with the category's letters, the implementation
     * code carries the basic code, and a 即办件 is decided on the spot (no promised days) while a 承诺件 has them.
     */
    private static void checkNational(List<FieldViolation> missing, ItemGuide g) {
        NationalListing n = g.national();
        if (n == null) {
            return;
        }
        if (n.basicCode() != null && g.category() != null && !n.basicCode().startsWith(g.category().codeLetters())) {
            missing.add(new FieldViolation("national.basicCode", "item.basic-code-category", g.category().codeLetters()));
        }
        if (n.implementationCode() != null && !java.util.Objects.equals(n.basicCodeInImplementationCode(), n.basicCode())) {
            missing.add(new FieldViolation("national.implementationCode", "item.implementation-code-basic-code"));
        }
        if (n.caseType() != null && g.promisedDays() != null
                && (n.caseType() == NationalListing.CaseType.INSTANT) != (g.promisedDays() == 0)) {
            missing.add(new FieldViolation("national.caseType", "item.case-type-promised-days", g.promisedDays()));
        }
    }

    private static void checkMaterials(List<FieldViolation> missing, ItemGuide g) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < g.materials().size(); i++) {
            ItemGuide.Material m = g.materials().get(i);
            if (!codes.add(m.code())) {
                missing.add(new FieldViolation("materials[" + i + "].code", "item.duplicate-code", m.code()));
            }
            if (m.necessity() == ItemGuide.Necessity.CONDITIONAL && (m.conditionCode() == null || blank(m.condition()))) {
                missing.add(new FieldViolation("materials[" + i + "].condition", "item.conditional-needs-condition"));
            } else if (m.conditionCode() != null && Condition.of(m.conditionCode()).isEmpty()) {
                // A draft from before the vocabulary whose word for its condition no code stood for.
                missing.add(new FieldViolation("materials[" + i + "].conditionCode", "item.condition-unknown", m.conditionCode(),
                        Condition.listed(false)));
            }
            // 容缺 is for what the applicant brings and the window would otherwise wait for.
            if (m.tolerable() && (m.necessity() == ItemGuide.Necessity.OPTIONAL || m.source() == ItemGuide.MaterialSource.SHARED_DATA)) {
                missing.add(new FieldViolation("materials[" + i + "].tolerable", "item.tolerable-needs-applicant-material"));
            }
        }
    }

    private static void checkTimeLimits(List<FieldViolation> missing, ItemGuide g) {
        if (g.statutoryDays() == null) {
            missing.add(new FieldViolation("statutoryDays", "item.required"));
        }
        if (g.promisedDays() == null) {
            missing.add(new FieldViolation("promisedDays", "item.required"));
        }
        if (g.statutoryDays() != null && g.promisedDays() != null && g.promisedDays() > g.statutoryDays()) {
            missing.add(new FieldViolation("promisedDays", "item.promised-over-statutory", g.statutoryDays()));
        }
    }

    private static void checkRules(List<FieldViolation> missing, ItemGuide g) {
        Set<String> materialCodes = new HashSet<>();
        g.materials().forEach(m -> materialCodes.add(m.code()));
        Set<String> ruleCodes = new HashSet<>();
        for (int i = 0; i < g.facilitationRules().size(); i++) {
            ItemGuide.FacilitationRule rule = g.facilitationRules().get(i);
            String at = "facilitationRules[" + i + "]";
            if (!ruleCodes.add(rule.code())) {
                missing.add(new FieldViolation(at + ".code", "item.duplicate-code", rule.code()));
            }
            if (rule.applicantClasses().isEmpty()) {
                missing.add(new FieldViolation(at + ".applicantClasses", "item.required"));
            }
            for (int j = 0; j < rule.waivedMaterials().size(); j++) {
                if (!materialCodes.contains(rule.waivedMaterials().get(j))) {
                    missing.add(new FieldViolation(at + ".waivedMaterials[" + j + "]", "item.unknown-material",
                            rule.waivedMaterials().get(j)));
                }
            }
            if (rule.promisedDays() != null && g.promisedDays() != null && rule.promisedDays() > g.promisedDays()) {
                missing.add(new FieldViolation(at + ".promisedDays", "item.rule-slower-than-item", g.promisedDays()));
            }
        }
    }

    private static void requireNonEmpty(List<FieldViolation> missing, String field, List<?> values) {
        if (values.isEmpty()) {
            missing.add(new FieldViolation(field, "item.required"));
        }
    }

    private static void requireText(List<FieldViolation> missing, String field, String value) {
        if (blank(value)) {
            missing.add(new FieldViolation(field, "item.required"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
