package io.gatehouse.shared;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Runs an insert that a unique constraint may refuse, inside a savepoint: PostgreSQL aborts the whole transaction
 * on a constraint violation, and the savepoint lets the caller carry on and explain the refusal.
 */
public final class InsertIfAbsent {

    private InsertIfAbsent() {
    }

    /** Returns false, with the transaction still usable, when a unique constraint refused the insert. */
    public static boolean run(Runnable insert) {
        TransactionStatus transaction = TransactionAspectSupport.currentTransactionStatus();
        Object savepoint = transaction.createSavepoint();
        try {
            insert.run();
            transaction.releaseSavepoint(savepoint);
            return true;
        } catch (DuplicateKeyException refused) {
            transaction.rollbackToSavepoint(savepoint);
            return false;
        }
    }
}
