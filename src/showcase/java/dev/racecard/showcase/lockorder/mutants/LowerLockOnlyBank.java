package dev.racecard.showcase.lockorder.mutants;

import dev.racecard.showcase.lockorder.Account;
import dev.racecard.showcase.lockorder.Bank;

/**
 * MUTANT of OrderedLockBank: "taking the lower lock first is what prevents the deadlock, so one lock
 * is enough". transfer(0, 1) and transfer(1, 2) then hold different locks while both change
 * account 1: an update is lost, and money appears or vanishes.
 */
public final class LowerLockOnlyBank implements Bank {
    private final Account[] accounts = Account.open();

    @Override
    public void transfer(int from, int to, long amount) {
        synchronized (accounts[Math.min(from, to)]) {
            accounts[from].balance -= amount;
            accounts[to].balance += amount;
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
