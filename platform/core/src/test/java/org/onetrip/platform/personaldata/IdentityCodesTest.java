package org.onetrip.platform.personaldata;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityCodesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void residentIdNumbersNeedTheirCheckDigit() {
        assertThat(IdentityCodes.isResidentId("11010519491231002X", TODAY)).isTrue();
        assertThat(IdentityCodes.isResidentId("11010519491231002x", TODAY)).isTrue();
        assertThat(IdentityCodes.isResidentId("360426199101010071", TODAY)).isTrue();
        assertThat(IdentityCodes.isResidentId("360426199101010072", TODAY)).as("wrong check digit").isFalse();
        assertThat(IdentityCodes.isResidentId("110105194912310021", TODAY)).isFalse();
        assertThat(IdentityCodes.isResidentId("11010519491331002X", TODAY)).as("month 13").isFalse();
        assertThat(IdentityCodes.isResidentId("1101051949123100", TODAY)).isFalse();
        assertThat(IdentityCodes.isResidentId(null, TODAY)).isFalse();
    }

    @Test
    void creditCodesNeedTheirCheckCharacter() {
        assertThat(IdentityCodes.isUnifiedSocialCreditCode("91350100M000100Y43")).isTrue();
        assertThat(IdentityCodes.isUnifiedSocialCreditCode("91350100M000100Y44")).isFalse();
        assertThat(IdentityCodes.isUnifiedSocialCreditCode("91350100M00010OY43")).as("O is not in the alphabet").isFalse();
        assertThat(IdentityCodes.isUnifiedSocialCreditCode("9135")).isFalse();
    }

    @Test
    void masksKeepOnlyWhatIdentifiesNobody() {
        assertThat(PersonalData.maskId("330106199001011234")).isEqualTo("3301**********1234");
        assertThat(PersonalData.maskPhone("13812341234")).isEqualTo("138****1234");
    }
}
