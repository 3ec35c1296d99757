package org.onetrip.platform.transactions;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * An action run once the current transaction has committed, never on rollback: how a change wakes the worker that
 * takes what it wrote (the outbox relay, the notification sender) without that worker polling for it.
 */
public record OnCommit(Runnable action) implements Synchronization {

    public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new OnCommit(action));
    }

    @Override
    public void beforeCompletion() {
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
            action.run();
        }
    }
}
