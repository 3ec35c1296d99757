package org.onetrip.platform.personaldata;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The check digits of Chinese identity codes: the resident ID number (GB 11643-1999, ISO 7064
 * MOD 11-2) and the organisations' unified social credit code (GB 32100-2015, MOD 31).
 */
public final class IdentityCodes {
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private IdentityCodes() {
    }

    /** 17 digits, a real birth date not in the future, and the right check character (X for 10). */
    public static boolean isResidentId(String id, LocalDate today) {
        if (id == null || !id.matches("\\d{17}[0-9Xx]")) {
            return false;
        }
        try {
            LocalDate birth = birthDate(id);
            if (birth.isAfter(today) || birth.getYear() < 1900) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == ID_CHECK.charAt(sum % 11);
    }

    /** The birth date a valid resident ID number carries (its 7th to 14th digits). */
    public static LocalDate birthDate(String residentId) {
        return LocalDate.of(Integer.parseInt(residentId.substring(6, 10)), Integer.parseInt(residentId.substring(10, 12)),
                Integer.parseInt(residentId.substring(12, 14)));
    }

    /** 18 characters of the code's alphabet (no I, O, S, V, Z) with the right check character. */
    public static boolean isUnifiedSocialCreditCode(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_CHARS.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == USCC_CHARS.charAt(check);
    }
}
