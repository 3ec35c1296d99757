package org.onetrip.oversight.reviews;

/** What a review evaluates: the handling of the case, the window clerk who served, or a department that decided. */
public enum ReviewTarget {
    CASE("办件"), CLERK("窗口工作人员"), DEPARTMENT("办理部门");

    private final String label;

    ReviewTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
