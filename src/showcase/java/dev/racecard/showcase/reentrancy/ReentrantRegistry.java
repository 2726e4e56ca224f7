package dev.racecard.showcase.reentrancy;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * CORRECT: a ReentrantLock, Python's {@code RLock}: it knows its owner and counts, so the thread
 * that holds it gets in again, and it is free once every lock() has had its unlock().
 */
public final class ReentrantRegistry implements Registry {
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<String> names = new HashSet<>();

    @Override
    public void register(String name) {
        lock.lock();
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
