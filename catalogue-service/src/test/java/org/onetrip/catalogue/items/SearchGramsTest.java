package org.onetrip.catalogue.items;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchGramsTest {

    @Test
    void aNameYieldsItsCharactersAndBigrams() {
        assertThat(SearchGrams.of("老年优待证")).containsExactly("老", "老年", "年", "年优", "优", "优待", "待", "待证", "证");
    }

    @Test
    void aQueryNeedsItsBigramsOrItsOneCharacter() {
        assertThat(SearchGrams.ofQuery("优待")).containsExactly("优待");
        assertThat(SearchGrams.ofQuery("老年 优待")).containsExactly("老年", "年优", "优待");
        assertThat(SearchGrams.ofQuery("证")).containsExactly("证");
    }

    @Test
    void everyBigramOfAQueryInsideANameIsAGramOfTheName() {
        assertThat(SearchGrams.of("老年优待证核发")).contains(SearchGrams.ofQuery("优待证"));
        assertThat(SearchGrams.of("330109013-QR-0001")).contains(SearchGrams.ofQuery("QR-0001"));
    }
}
