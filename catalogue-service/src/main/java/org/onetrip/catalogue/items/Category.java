package org.onetrip.catalogue.items;

/** The kind of item, with the two letters it has in an item code and its Chinese label. */
public enum Category {
    ADMINISTRATIVE_LICENSE("XK", "行政许可"),
    ADMINISTRATIVE_CONFIRMATION("QR", "行政确认"),
    ADMINISTRATIVE_PAYMENT("JF", "行政给付"),
    PUBLIC_SERVICE("GG", "公共服务"),
    OTHER("QT", "其他");

    private final String codeLetters;
    private final String label;

    Category(String codeLetters, String label) {
        this.codeLetters = codeLetters;
        this.label = label;
    }

    public String codeLetters() {
        return codeLetters;
    }

    public String label() {
        return label;
    }
}
