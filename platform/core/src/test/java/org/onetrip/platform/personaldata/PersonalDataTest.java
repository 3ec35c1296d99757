package org.onetrip.platform.personaldata;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataTest {
    private static final String K1 = key('a');
    private static final String K2 = key('b');
    private static final String HASH = key('h');

    private static final SealedAt CASE_1 = new SealedAt("intake_case", "applicant_code_sealed", "330109013-2026-000001");

    @Test
    void sealedDataOpensAgainAndNeverShowsInClear() {
        PersonalData data = new PersonalData(Map.of("k1", K1), "k1", HASH);
        String sealed = data.seal("11010519491231002X", CASE_1);
        assertThat(sealed).startsWith("v2:k1:").doesNotContain("11010519491231002X");
        assertThat(data.open(sealed, CASE_1)).isEqualTo("11010519491231002X");
        assertThat(data.seal("11010519491231002X", CASE_1)).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void aSealedValueOpensOnlyInTheRowAndColumnItWasSealedFor() {
        PersonalData data = new PersonalData(Map.of("k1", K1), "k1", HASH);
        String sealed = data.seal("11010519491231002X", CASE_1);
        for (SealedAt elsewhere : new SealedAt[] {
                new SealedAt("intake_case", "applicant_code_sealed", "330109013-2026-000002"),
                new SealedAt("intake_case", "phone_sealed", "330109013-2026-000001"),
                new SealedAt("appointment", "applicant_code_sealed", "330109013-2026-000001")}) {
            assertThatThrownBy(() -> data.open(sealed, elsewhere)).as(elsewhere.toString()).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void valuesSealedBeforePlacesWereStillOpen() {
        String before = new SealingKeys("onetrip.pii", Map.of("k1", K1), "k1").seal("13812345678");
        PersonalData data = new PersonalData(Map.of("k1", K1), "k1", HASH);
        assertThat(PersonalData.isSealedForItsPlace(before)).isFalse();
        assertThat(data.open(before, CASE_1)).isEqualTo("13812345678");
    }

    @Test
    void afterARotationOldDataStaysReadableAndNewDataUsesTheNewKey() {
        String sealedBefore = new PersonalData(Map.of("k1", K1), "k1", HASH).seal("13812345678", CASE_1);
        PersonalData rotated = new PersonalData(Map.of("k1", K1, "k2", K2), "k2", HASH);
        assertThat(rotated.open(sealedBefore, CASE_1)).isEqualTo("13812345678");
        assertThat(rotated.seal("13812345678", CASE_1)).startsWith("v2:k2:");
        assertThatThrownBy(() -> new PersonalData(Map.of("k2", K2), "k2", HASH).open(sealedBefore, CASE_1))
                .hasMessageContaining("k1");
    }

    @Test
    void theKeyedHashFindsTheSameValueWhateverItsCase() {
        PersonalData data = new PersonalData(Map.of("k1", K1), "k1", HASH);
        assertThat(data.hash("11010519491231002x")).isEqualTo(data.hash("11010519491231002X"));
        assertThat(new PersonalData(Map.of("k1", K1), "k1", key('z')).hash("11010519491231002X"))
                .as("another hash key, another hash").isNotEqualTo(data.hash("11010519491231002X"));
    }

    private static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
    }
}
