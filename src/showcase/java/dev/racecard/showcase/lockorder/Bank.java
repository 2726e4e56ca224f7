package dev.racecard.showcase.lockorder;

/** Accounts, each with its own lock, and transfers between them (seed 002: "Two threads waiting on each other's locks"). */
public interface Bank {

    int ACCOUNTS = 3;
    long OPENING_BALANCE = 1_000;

    void transfer(int from, int to, long amount);

    /** The sum of every balance, read with every account locked: an audit. */
    long total();
}
