package dev.racecard.showcase.lockorder;

/** A balance and the monitor that guards it. */
public final class Account {
    public long balance = Bank.OPENING_BALANCE;

    public static Account[] open() {
        Account[] accounts = new Account[Bank.ACCOUNTS];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = new Account();
        }
        return accounts;
    }
}
