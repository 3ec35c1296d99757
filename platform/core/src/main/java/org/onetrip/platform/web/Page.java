package org.onetrip.platform.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

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

    /** The page {@code request} asks for of a query's results, with the query's whole count. */
    public static <T> Page<T> of(PanacheQuery<T> query, PageRequest request) {
        return new Page<>(query.page(request.page, request.size).list(), request.page, request.size, query.count());
    }

    /**
     * The page {@code request} asks for of the results of {@code parts} one after the other (each in its own order), with
     * their whole count: each part is read only where the page falls on it, so a list whose first part is short and whose
     * last is long reads no more of the long one than a page holds.
     */
    @SafeVarargs
    public static <T> Page<T> ofParts(PageRequest request, PanacheQuery<T>... parts) {
        long first = (long) request.page * request.size;
        long before = 0; // the items of the parts before this one
        List<T> items = new java.util.ArrayList<>();
        for (PanacheQuery<T> part : parts) {
            long count = part.count();
            long from = Math.max(0, first - before);
            if (items.size() < request.size && from < count) {
                items.addAll(part.range((int) from, (int) Math.min(count, from + request.size - items.size()) - 1).list());
            }
            before += count;
        }
        return new Page<>(items, request.page, request.size, before);
    }

    /** The page {@code request} asks for of a list already in memory. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min((long) request.page * request.size, all.size());
        return new Page<>(all.subList(from, Math.min(from + request.size, all.size())), request.page, request.size, all.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
