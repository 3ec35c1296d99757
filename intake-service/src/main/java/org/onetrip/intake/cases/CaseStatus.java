package org.onetrip.intake.cases;

import org.onetrip.platform.state.State;
import org.onetrip.platform.state.Transitions;

/**
 * The life of a case from the window to the resident:
 * SUBMITTED → (SUPPLEMENT_REQUESTED → SUBMITTED) → ACCEPTED | NOT_ACCEPTED → ROUTED → IN_PROGRESS
 * → (SUSPENDED ⇄ IN_PROGRESS) → COMPLETED → DELIVERED, and WITHDRAWN by the applicant before completion.
 * SUPPLEMENT_REQUESTED → ACCEPTED is 容缺受理: only tolerable materials missing, against a written commitment.
 *
 * <p>Each status has the step number of the case-progress exchange with the provincial and national platforms
 * (办件过程信息: 1 接件, 3 受理, 4 不予受理, 6 补齐补正, 8 承办, 9 特别程序, 11 办结; 12 送达 and 13 撤回 where
 * that list has none) and its Chinese label; docs/intake.md has the table.
 */
public enum CaseStatus implements State<CaseStatus> {
    SUBMITTED("1", "已接件"), SUPPLEMENT_REQUESTED("6", "补齐补正"), ACCEPTED("3", "已受理"), NOT_ACCEPTED("4", "不予受理"),
    ROUTED("8", "已分送承办"), IN_PROGRESS("8", "承办中"), SUSPENDED("9", "特别程序（中止）"), COMPLETED("11", "已办结"),
    DELIVERED("12", "已送达"), WITHDRAWN("13", "已撤回");

    private final String code;
    private final String label;

    CaseStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The step number of the exchange with the provincial and national platforms. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    private static final Transitions<CaseStatus> TRANSITIONS = Transitions.of(CaseStatus.class)
            .allow(SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, NOT_ACCEPTED, WITHDRAWN)
            .allow(SUPPLEMENT_REQUESTED, SUBMITTED, ACCEPTED, NOT_ACCEPTED, WITHDRAWN)
            .allow(ACCEPTED, ROUTED, WITHDRAWN)
            .allow(ROUTED, IN_PROGRESS, SUSPENDED, COMPLETED, WITHDRAWN)
            .allow(IN_PROGRESS, SUSPENDED, COMPLETED, WITHDRAWN)
            .allow(SUSPENDED, IN_PROGRESS, WITHDRAWN)
            .allow(COMPLETED, DELIVERED);

    @Override
    public Transitions<CaseStatus> transitions() {
        return TRANSITIONS;
    }

    /** Whether the applicant can still come for the case: not once it was refused, withdrawn or delivered. */
    public boolean takesVisits() {
        return this != NOT_ACCEPTED && this != WITHDRAWN && this != DELIVERED;
    }

    /** Whether the case's clock runs: from acceptance to completion, except while suspended. */
    public boolean clockRuns() {
        return this == ACCEPTED || this == ROUTED || this == IN_PROGRESS;
    }
}
