package org.onetrip.platform.state;

import org.onetrip.platform.errors.ProblemException;

/**
 * A status of something with a life (an item version, a case, a proxy request, a rectification, a complaint):
 * the enum names its {@link Transitions}, and every change goes through {@link #moveTo}, so a step the table
 * does not allow is the same {@code illegal-transition} problem everywhere.
 */
public interface State<S extends Enum<S> & State<S>> {

    /** The table of this status's enum, built once. */
    Transitions<S> transitions();

    @SuppressWarnings("unchecked")
    default boolean canBecome(S next) {
        return transitions().allows((S) this, next);
    }

    /** {@code next}, if this status may become it; otherwise a 409 naming both. */
    default S moveTo(S next) {
        if (!canBecome(next)) {
            throw ProblemException.illegalTransition(this, next);
        }
        return next;
    }
}
