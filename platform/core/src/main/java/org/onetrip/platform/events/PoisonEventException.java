package org.onetrip.platform.events;

/**
 * A record that can never be applied, however often it is retried (not an event, malformed data, an
 * event that names something that does not exist). It goes to the dead-letter topic at once.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
        super(message);
    }
}
