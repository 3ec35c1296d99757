package org.onetrip.catalogue.reference;

/** District (区), town or street (镇/街道), village or community (村/社区): codes of 6, 9 and 12 digits. */
public enum JurisdictionLevel {
    DISTRICT(6, "区"), TOWN(9, "镇（街道）"), VILLAGE(12, "村（社区）");

    private final int codeLength;
    private final String label;

    JurisdictionLevel(int codeLength, String label) {
        this.codeLength = codeLength;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level just above, whose code a code of this level starts with. */
    public JurisdictionLevel parent() {
        return this == DISTRICT ? null : values()[ordinal() - 1];
    }
}
