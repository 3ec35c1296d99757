package org.onetrip.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JurisdictionsTest {

    @Test
    void onlyCodesOfTheFiveLevelsAreCodes() {
        assertThat(Jurisdictions.isValid("33")).isTrue();
        assertThat(Jurisdictions.isValid("3301")).isTrue();
        assertThat(Jurisdictions.isValid("330109")).isTrue();
        assertThat(Jurisdictions.isValid("330109013")).isTrue();
        assertThat(Jurisdictions.isValid("330109013201")).isTrue();
        for (String notACode : new String[] {null, "", "3", "3301090", "%", "_________", "33010901%", "３３０１", "3301090132011"}) {
            assertThat(Jurisdictions.isValid(notACode)).as(String.valueOf(notACode)).isFalse();
        }
    }

    @Test
    void aCodeCoversItselfAndWhatIsBelowItOnLevelBoundariesOnly() {
        assertThat(Jurisdictions.covers("330109", "330109013201")).isTrue();
        assertThat(Jurisdictions.covers("330109013", "330109013")).isTrue();
        assertThat(Jurisdictions.covers("330109013", "330109014")).isFalse();
        assertThat(Jurisdictions.covers("330109013", "330109")).isFalse();
        assertThat(Jurisdictions.covers("3301090", "330109013")).isFalse();
        assertThat(Jurisdictions.covers("3", "330109013")).isFalse();
        assertThat(Jurisdictions.covers("%", "330109013")).isFalse();
        assertThat(Jurisdictions.covers(null, "330109013")).isFalse();
        assertThat(Jurisdictions.covers("330109", null)).isFalse();
    }

    @Test
    void anImpossibleCodeNeverBecomesAPatternButABadRequest() {
        assertThat(Jurisdictions.likePattern("330109013")).isEqualTo("330109013%");
        for (String impossible : new String[] {"3301090", "33010901%", "", null, "330109013'--"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Jurisdictions.likePattern(impossible))
                    .isInstanceOfSatisfying(org.onetrip.platform.errors.ProblemException.class, e -> {
                        assertThat(e.kind().status()).isEqualTo(400);
                        assertThat(e.violations()).extracting(org.onetrip.platform.errors.ProblemException.FieldViolation::field)
                                .containsExactly("jurisdiction");
                    });
        }
    }
}
