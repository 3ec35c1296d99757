package org.onetrip.catalogue.search;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The catalogue figures of a jurisdiction, as the bulletin states them: e.g. 45 of 49 items on the
 * reform list, 91.84%.
 */
public record CatalogueFigures(String jurisdiction, boolean includesSubordinates, long totalItems,
                               long reformListed, BigDecimal reformListedPercent, long proxyEligible,
                               long zeroTrip, long online) {

    /** A share in percent with two decimals, as published (45/49 → 91.84). */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
