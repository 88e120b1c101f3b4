package ai.alquimista.sqs.adapter;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * Enlisted by the container in the message-driven bean's transaction so the adapter learns whether
 * it committed: a message is acknowledged only then, never on a rollback.
 */
final class DeliveryOutcome implements XAResource {

    private volatile boolean committed;
    private volatile boolean rolledBack;

    void reset() {
        committed = false;
        rolledBack = false;
    }

    boolean rolledBack() {
        return rolledBack;
    }

    boolean committed() {
        return committed;
    }

    @Override
    public void commit(Xid xid, boolean onePhase) {
        committed = true;
    }

    @Override
    public void rollback(Xid xid) {
        rolledBack = true;
    }

    @Override
    public int prepare(Xid xid) {
        return XA_OK;
    }

    @Override
    public void start(Xid xid, int flags) {}

    @Override
    public void end(Xid xid, int flags) {}

    @Override
    public void forget(Xid xid) {}

    @Override
    public Xid[] recover(int flag) {
        return new Xid[0];
    }

    @Override
    public boolean isSameRM(XAResource other) throws XAException {
        return other == this;
    }

    @Override
    public int getTransactionTimeout() {
        return 0;
    }

    @Override
    public boolean setTransactionTimeout(int seconds) {
        return false;
    }
}
