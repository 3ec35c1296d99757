package org.onetrip.catalogue.items;

import java.util.List;

/**
 * The kind of item as the national list has it, with the two letters it has in an item code (and in its national
 * basic code) and its Chinese label.
 */
public enum Category {
    ADMINISTRATIVE_LICENSE("XK", "行政许可"),
    ADMINISTRATIVE_PENALTY("CF", "行政处罚"),
    ADMINISTRATIVE_ENFORCEMENT("QZ", "行政强制"),
    ADMINISTRATIVE_LEVY("ZS", "行政征收"),
    ADMINISTRATIVE_PAYMENT("JF", "行政给付"),
    ADMINISTRATIVE_INSPECTION("JC", "行政检查"),
    ADMINISTRATIVE_CONFIRMATION("QR", "行政确认"),
    ADMINISTRATIVE_REWARD("JL", "行政奖励"),
    ADMINISTRATIVE_ADJUDICATION("CJ", "行政裁决"),
    /** Called 其他 before the national list renamed it; a town's older sheets still say so. */
    OTHER("QT", "其他行政权力", "其他"),
    PUBLIC_SERVICE("GG", "公共服务");

    private final String codeLetters;
    private final String label;
    private final List<String> formerLabels;

    Category(String codeLetters, String label, String... formerLabels) {
        this.codeLetters = codeLetters;
        this.label = label;
        this.formerLabels = List.of(formerLabels);
    }

    public String codeLetters() {
        return codeLetters;
    }

    public String label() {
        return label;
    }

    /** The labels the national list gave it before, which an import still takes (and says it mapped). */
    public List<String> formerLabels() {
        return formerLabels;
    }
}
