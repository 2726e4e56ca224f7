package dev.racecard.showcase.lockorder.mutants;

import dev.racecard.showcase.lockorder.Account;
import dev.racecard.showcase.lockorder.Bank;

/**
 * MUTANT of OrderedLockBank: the transfers keep the order, but the audit, written later, takes the
 * locks from the last account down. A transfer and an audit can then wait for each other.
 */
public final class ReverseAuditBank implements Bank {
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
        synchronized (accounts[2]) {
            synchronized (accounts[1]) {
                synchronized (accounts[0]) {
                    return accounts[0].balance + accounts[1].balance + accounts[2].balance;
                }
            }
        }
    }
}
