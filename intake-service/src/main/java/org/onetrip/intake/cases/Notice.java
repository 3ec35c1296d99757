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

    public record Entry(String code, String name, String reason) {
    }

    public boolean complete() {
        return missing.isEmpty() && defective.isEmpty();
    }
}
