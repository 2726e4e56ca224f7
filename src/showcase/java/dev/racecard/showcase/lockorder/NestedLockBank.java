package dev.racecard.showcase.lockorder;

/**
 * RACY: locks the source account, then the target. transfer(0, 1) and transfer(1, 0) at once each
 * hold one lock and wait for the other's: a deadlock, for good.
 */
public final class NestedLockBank implements Bank {
    private final Account[] accounts = Account.open();

    @Override
    public void transfer(int from, int to, long amount) {
        synchronized (accounts[from]) {
            synchronized (accounts[to]) {
                accounts[from].balance -= amount;
                accounts[to].balance += amount;
            }
        }
    }

    @Override
    public long total() {
        synchronized (accounts[0]) {
            synchronized (accounts[1]) {
                synchronized (accounts[2]) {
                    return accounts[0].balance + accounts[1].balance + accounts[2].balance;
                }
            }
        }
    }
}
