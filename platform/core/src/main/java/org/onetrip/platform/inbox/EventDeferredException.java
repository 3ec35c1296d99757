package org.onetrip.platform.inbox;

/**
 * An event the inbox did not apply because the service is stopping. It is not the event's fault: the
 * record is neither dead-lettered nor committed, so the next consumer of the partition receives it again.
 */
public class EventDeferredException extends RuntimeException {
    EventDeferredException(String message, Throwable cause) {
        super(message, cause);
    }
}
