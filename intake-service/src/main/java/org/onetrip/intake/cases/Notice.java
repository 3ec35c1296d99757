package org.onetrip.intake.cases;

import java.util.List;

/**
 * The one-time notice (一次性告知): every material that is missing or defective, in one answer.
 *
 * @param missing   materials the applicant must still bring
 * @param defective materials handed in but not acceptable, with why
 * @param fetched   materials the window fetches from shared data, so nobody brings them
 * @param waived    materials the applicant's facilitation rule waives
 */
public record Notice(List<Entry> missing, List<Entry> defective, List<String> fetched, List<String> waived) {

    /** {@code tolerable}: a missing material the window may accept without, against a written commitment (容缺). */
    public record Entry(String code, String name, String reason, boolean tolerable) {
    }

    public boolean complete() {
        return missing.isEmpty() && defective.isEmpty();
    }

    /** What still blocks acceptance even with a commitment: defective materials and missing ones not tolerable. */
    public List<Entry> blocking() {
        List<Entry> blocking = new java.util.ArrayList<>(defective);
        missing.stream().filter(m -> !m.tolerable()).forEach(blocking::add);
        return blocking;
    }

    /** The missing materials a commitment (承诺书) may cover. */
    public List<Entry> tolerated() {
        return missing.stream().filter(Entry::tolerable).toList();
    }
}
