package dev.racecard.showcase.lockorder;

/**
 * CORRECT: one global order. Every transfer and the audit take the locks of the accounts they touch
 * from the lowest account number up, so no two threads ever wait for each other in a circle.
 */
public final class OrderedLockBank implements Bank {
    private final Account[] accounts = Account.open();

    @Override
    public void transfer(int from, int to, long amount) {
        Account first = accounts[Math.min(from, to)];
        Account second = accounts[Math.max(from, to)];
        synchronized (first) {
            synchronized (second) {
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
