package dev.racecard.patterns.reentrancy.mutants;

import dev.racecard.patterns.reentrancy.Registry;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * MUTANT of ReentrantRegistry: register returns early for a name it already has, before its
 * unlock(). A reentrant lock counts: one lock() without its unlock() and it is never free again,
 * though its owner does not notice; the next thread waits for ever.
 */
public final class UnbalancedUnlockRegistry implements Registry {
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<String> names = new HashSet<>();

    @Override
    public void register(String name) {
        lock.lock();
        if (names.contains(name)) {
            return;
        }
        names.add(name);
        lock.unlock();
    }

    @Override
    public void registerAll(Collection<String> all) {
        lock.lock();
        try {
            for (String name : all) {
                register(name);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int size() {
        lock.lock();
        try {
            return names.size();
        } finally {
            lock.unlock();
        }
    }
}
