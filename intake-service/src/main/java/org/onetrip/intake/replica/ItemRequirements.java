package org.onetrip.intake.replica;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * What the window needs of a published item's guide, read from catalogue.items. Fields the window
 * does not use are ignored, so the catalogue can grow its guide freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemRequirements(String name, String jurisdiction, String department, List<String> coDepartments,
                               List<Material> materials, Integer promisedDays, Integer statutoryDays, Integer trips,
                               boolean proxyEligible, boolean online, List<Rule> facilitationRules, Integer commitmentDays,
                               List<LegalBasis> legalBasis, String place, String consultationPhone, String supervisionPhone) {

    public ItemRequirements {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        materials = materials == null ? List.of() : List.copyOf(materials);
        facilitationRules = facilitationRules == null ? List.of() : List.copyOf(facilitationRules);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code tolerable}: 容缺, the window may accept without it against a written commitment. */
    public record Material(String code, String name, String necessity, String conditionCode, String condition,
                           String source, boolean tolerable) {
        public boolean required() {
            return "REQUIRED".equals(necessity);
        }

        public boolean conditional() {
            return "CONDITIONAL".equals(necessity);
        }

        /** Fetched from shared data by the window: never asked of the applicant. */
        public boolean sharedData() {
            return "SHARED_DATA".equals(source);
        }
    }

    /** A law or regulation the item rests on, as the window cites it on its notices. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LegalBasis(String title, String article) {
        public String cited() {
            return article == null || article.isBlank() ? title : title + article;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rule(String code, String name, List<String> applicantClasses, List<String> waivedMaterials,
                       Integer promisedDays) {
        public Rule {
            applicantClasses = applicantClasses == null ? List.of() : List.copyOf(applicantClasses);
            waivedMaterials = waivedMaterials == null ? List.of() : List.copyOf(waivedMaterials);
        }
    }

    /** Every department that must decide: the implementing one, then the co-handling ones (联办). */
    public List<String> deciders() {
        var all = new java.util.ArrayList<String>();
        all.add(department);
        coDepartments.stream().filter(d -> !d.equals(department)).forEach(all::add);
        return all;
    }

    /** The facilitation rule for an applicant class, if the item has one. */
    public java.util.Optional<Rule> ruleFor(String applicantClass) {
        return applicantClass == null ? java.util.Optional.empty()
                : facilitationRules.stream().filter(r -> r.applicantClasses().contains(applicantClass)).findFirst();
    }
}
