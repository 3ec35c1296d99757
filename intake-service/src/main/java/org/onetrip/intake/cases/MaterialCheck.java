package org.onetrip.intake.cases;

import org.onetrip.intake.replica.ItemRequirements;
import org.onetrip.platform.reference.Condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a submission against an item's materials: required ones, conditional ones whose condition
 * the submission declares, minus what the applicant's facilitation rule waives and what shared data
 * supplies. The answer names everything at once.
 */
public final class MaterialCheck {
    private MaterialCheck() {
    }

    /**
     * @param facts      the conditions that hold for the applicant (codes of {@link Condition}, e.g. PROXY_APPLICANT)
     * @param handedIn   the materials handed in or fetched, by code
     * @param defects    material code → why the clerk found it defective
     */
    public static Notice check(ItemRequirements item, String applicantClass, Set<String> facts,
                               Set<String> handedIn, Map<String, String> defects) {
        Set<String> waived = item.ruleFor(applicantClass).map(r -> Set.copyOf(r.waivedMaterials())).orElse(Set.of());
        List<Notice.Entry> missing = new ArrayList<>();
        List<Notice.Entry> defective = new ArrayList<>();
        List<String> fetched = new ArrayList<>();
        for (ItemRequirements.Material m : item.materials()) {
            // An item published before the vocabulary may still name its condition by a town's own word for it.
            boolean needed = m.required() || m.conditional() && facts.contains(Condition.canonical(m.conditionCode()));
            if (!needed || waived.contains(m.code())) {
                continue;
            }
            if (m.sharedData()) {
                fetched.add(m.code());
            } else if (defects.containsKey(m.code())) {
                defective.add(new Notice.Entry(m.code(), m.name(), defects.get(m.code()), false));
            } else if (!handedIn.contains(m.code())) {
                missing.add(new Notice.Entry(m.code(), m.name(), m.conditional() ? m.condition() : null, m.tolerable()));
            }
        }
        return new Notice(missing, defective, fetched, item.materials().stream().map(ItemRequirements.Material::code)
                .filter(waived::contains).collect(Collectors.toList()));
    }
}
