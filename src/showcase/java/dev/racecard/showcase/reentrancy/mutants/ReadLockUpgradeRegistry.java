package dev.racecard.showcase.reentrancy.mutants;

import dev.racecard.showcase.reentrancy.Registry;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * MUTANT of ReentrantRegistry: a ReentrantReadWriteLock "so lookups can share", and register looks
 * under the read lock, then takes the write lock to add while still holding the read lock. Its
 * javadoc: "upgrading from a read lock to the write lock is not possible" — the write lock waits
 * until every reader has left, this thread included, so it waits for itself for ever. (Inside
 * registerAll, which holds the write lock, the same call gets in: the holder of the write lock may
 * take both.)
 */
public final class ReadLockUpgradeRegistry implements Registry {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Set<String> names = new HashSet<>();

    @Override
    public void register(String name) {
        lock.readLock().lock();
        try {
            if (!names.contains(name)) {
                lock.writeLock().lock();
                try {
                    names.add(name);
                } finally {
                    lock.writeLock().unlock();
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void registerAll(Collection<String> all) {
        lock.writeLock().lock();
        try {
            for (String name : all) {
                register(name);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public int size() {
        lock.readLock().lock();
        try {
            return names.size();
        } finally {
            lock.readLock().unlock();
        }
    }
}
