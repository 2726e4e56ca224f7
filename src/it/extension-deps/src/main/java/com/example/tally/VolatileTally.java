package com.example.tally;

/**
 * Racy: {@code volatile} makes each read and each write of the total visible, not {@code total++}
 * atomic: it is still a read, an add and a write, and two threads can both read the same total.
 */
public class VolatileTally implements Tally {
    private volatile int total;

    @Override
    public void add() {
        total++;
    }

    @Override
    public int total() {
        return total;
    }
}
