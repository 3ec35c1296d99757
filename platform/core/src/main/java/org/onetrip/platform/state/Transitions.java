package org.onetrip.platform.state;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status may follow which. Built in the enum's static initialiser with {@link #allow}; a status never
 * named as a source is final.
 */
public final class Transitions<S extends Enum<S>> {
    private final Class<S> type;
    private final Map<S, Set<S>> allowed;

    private Transitions(Class<S> type) {
        this.type = type;
        this.allowed = new EnumMap<>(type);
    }

    public static <S extends Enum<S>> Transitions<S> of(Class<S> type) {
        return new Transitions<>(type);
    }

    @SafeVarargs
    public final Transitions<S> allow(S from, S... to) {
        Set<S> next = allowed.computeIfAbsent(from, f -> EnumSet.noneOf(type));
        next.addAll(Arrays.asList(to));
        return this;
    }

    public boolean allows(S from, S to) {
        return allowed.getOrDefault(from, Set.of()).contains(to);
    }
}
