package dev.racecard.showcase.reentrancy.mutants;

import dev.racecard.showcase.reentrancy.Registry;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.StampedLock;

/**
 * MUTANT of ReentrantRegistry: a StampedLock in the ReentrantLock's place, "it is faster". Its
 * javadoc: "StampedLocks are not reentrant". registerAll holds the write lock and calls register,
 * which waits for it: the thread waits for itself for ever.
 */
public final class StampedLockRegistry implements Registry {
    private final StampedLock lock = new StampedLock();
    private final Set<String> names = new HashSet<>();

    @Override
    public void register(String name) {
        long stamp = lock.writeLock();
        try {
            names.add(name);
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    @Override
    public void registerAll(Collection<String> all) {
        long stamp = lock.writeLock();
        try {
            for (String name : all) {
                register(name);
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    @Override
    public int size() {
        long stamp = lock.readLock();
        try {
            return names.size();
        } finally {
            lock.unlockRead(stamp);
        }
    }
}
