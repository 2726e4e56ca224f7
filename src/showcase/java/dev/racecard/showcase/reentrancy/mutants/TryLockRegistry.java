package dev.racecard.showcase.reentrancy.mutants;

import dev.racecard.showcase.reentrancy.Registry;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * MUTANT of ReentrantRegistry: "so that it can never hang", register uses tryLock() and skips the
 * name when the lock is busy. Two threads registering at once lose names.
 */
public final class TryLockRegistry implements Registry {
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<String> names = new HashSet<>();

    @Override
    public void register(String name) {
        if (!lock.tryLock()) {
            return;
        }
        try {
            names.add(name);
        } finally {
            lock.unlock();
        }
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
