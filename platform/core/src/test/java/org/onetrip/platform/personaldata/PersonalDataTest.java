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

    @Test
    void sealedDataOpensAgainAndNeverShowsInClear() {
        PersonalData data = new PersonalData(Map.of("k1", K1), "k1", HASH);
        String sealed = data.seal("11010519491231002X");
        assertThat(sealed).startsWith("k1:").doesNotContain("11010519491231002X");
        assertThat(data.open(sealed)).isEqualTo("11010519491231002X");
        assertThat(data.seal("11010519491231002X")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void afterARotationOldDataStaysReadableAndNewDataUsesTheNewKey() {
        String sealedBefore = new PersonalData(Map.of("k1", K1), "k1", HASH).seal("13812345678");
        PersonalData rotated = new PersonalData(Map.of("k1", K1, "k2", K2), "k2", HASH);
        assertThat(rotated.open(sealedBefore)).isEqualTo("13812345678");
        assertThat(rotated.seal("13812345678")).startsWith("k2:");
        assertThatThrownBy(() -> new PersonalData(Map.of("k2", K2), "k2", HASH).open(sealedBefore))
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
