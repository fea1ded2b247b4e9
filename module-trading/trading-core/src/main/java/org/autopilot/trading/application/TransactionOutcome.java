package org.autopilot.trading.application;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs work once the current JTA transaction has ended one way or the other. */
public final class TransactionOutcome {

    private TransactionOutcome() {
    }

    /** {@code work} runs after the current transaction committed, never if it rolled back. */
    public static void afterCommit(TransactionSynchronizationRegistry transaction, Runnable work) {
        after(transaction, true, work);
    }

    /** {@code work} runs after the current transaction rolled back, never if it committed. */
    public static void afterRollback(TransactionSynchronizationRegistry transaction, Runnable work) {
        after(transaction, false, work);
    }

    private static void after(TransactionSynchronizationRegistry transaction, boolean committed, Runnable work) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to add to the transaction itself
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == committed) {
                    work.run();
                }
            }
        });
    }
}
