package org.onetrip.platform.personaldata;

/**
 * Where a sealed value lives: its table, its column and the key of its row (a case number, an id). It is
 * authenticated with the value (AES-GCM associated data), so the value opens there and nowhere else.
 */
public record SealedAt(String table, String column, String row) {
    public SealedAt {
        if (table == null || column == null || row == null) {
            throw new IllegalArgumentException("a sealed value's place needs its table, column and row: " + table + "." + column + "#" + row);
        }
    }
}
