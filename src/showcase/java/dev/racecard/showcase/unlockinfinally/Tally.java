package dev.racecard.showcase.unlockinfinally;

/** A running total guarded by a lock; an add that cannot be done throws and changes nothing. */
public interface Tally {

    /**
     * @throws IllegalArgumentException for a negative amount
     * @throws ArithmeticException      when the total would overflow
     */
    void add(int amount);

    int total();
}
