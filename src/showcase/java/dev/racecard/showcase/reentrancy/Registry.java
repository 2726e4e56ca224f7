package dev.racecard.showcase.reentrancy;

import java.util.Collection;

/** A set of names under one lock; registerAll calls register for each name, inside the lock. */
public interface Registry {

    /** Adds the name unless it is there already. */
    void register(String name);

    void registerAll(Collection<String> names);

    int size();
}
