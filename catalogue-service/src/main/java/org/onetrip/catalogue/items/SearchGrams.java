package org.onetrip.catalogue.items;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The character unigrams and bigrams of an item's names, kept in a GIN-indexed array. Chinese has no
 * spaces to split words at, and trigram indexes need three characters and a locale that knows CJK, so
 * a query such as "优待" is answered from its bigrams instead: every bigram of the query must be there,
 * then the substring itself is checked.
 */
public final class SearchGrams {
    private SearchGrams() {
    }

    public static String[] of(String... texts) {
        Set<String> grams = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            int[] chars = normalize(text).codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
            for (int i = 0; i < chars.length; i++) {
                grams.add(new String(chars, i, 1));
                if (i + 1 < chars.length) {
                    grams.add(new String(chars, i, 2));
                }
            }
        }
        return grams.toArray(String[]::new);
    }

    /** What a query must find: its bigrams, or the one character of a one-character query. */
    public static String[] ofQuery(String query) {
        int[] chars = normalize(query).codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        if (chars.length == 1) {
            return new String[] {new String(chars, 0, 1)};
        }
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < chars.length; i++) {
            grams.add(new String(chars, i, 2));
        }
        return grams.toArray(String[]::new);
    }

    public static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).strip();
    }
}
