package org.onetrip.platform.personaldata;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A resident's ID or phone number as an entity keeps it: sealed (opened only where a read is allowed and
 * recorded), its keyed hash (to find it again) and its mask (to show). Made by {@link PersonalData}; each entity
 * names the three columns with {@code @AttributeOverride}.
 */
@Embeddable
public class SealedValue {
    @Column(nullable = false)
    public String sealed;
    @Column(nullable = false)
    public String hash;
    @Column(nullable = false)
    public String masked;

    protected SealedValue() {
    }

    SealedValue(String sealed, String hash, String masked) {
        this.sealed = sealed;
        this.hash = hash;
        this.masked = masked;
    }
}
