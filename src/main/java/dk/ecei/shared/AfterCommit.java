package dk.ecei.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs something once the current transaction has committed (at once outside one): for a kept read model that an
 * event makes stale. A plain {@code @EventListener} that calls this costs no statement, where a
 * {@code @TransactionalEventListener} gets a row in Spring Modulith's event publication registry (an insert and an
 * update per event): a cache that is dropped needs no delivery guarantee, and a node that crashes loses its cache too.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
