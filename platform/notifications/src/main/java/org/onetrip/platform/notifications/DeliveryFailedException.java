package org.onetrip.platform.notifications;

/**
 * A provider did not take a message. {@code retryable}: try again later (unreachable, throttled); otherwise the
 * message can never go (a number the provider rejects) and is given up at once.
 */
public class DeliveryFailedException extends Exception {
    private final boolean retryable;

    public DeliveryFailedException(String answer, boolean retryable) {
        super(answer);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
