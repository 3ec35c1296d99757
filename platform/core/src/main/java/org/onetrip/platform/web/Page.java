package org.onetrip.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: every list endpoint answers with one, never with an unbounded list.
 *
 * @param items the items of this page
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many items match in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
