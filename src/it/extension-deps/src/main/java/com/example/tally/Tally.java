package com.example.tally;

/** Counts events that several threads report. */
public interface Tally {
    void add();

    int total();
}
