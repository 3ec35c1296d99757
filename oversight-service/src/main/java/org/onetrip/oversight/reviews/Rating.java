package org.onetrip.oversight.reviews;

/** The national five-level satisfaction rating (好差评). */
public enum Rating {
    VERY_SATISFIED("非常满意"), SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), DISSATISFIED("不满意"),
    VERY_DISSATISFIED("非常不满意");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 不满意 and 非常不满意 open a rectification. */
    public boolean bad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
