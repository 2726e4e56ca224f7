package dev.racecard.showcase.reentrancy;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * RACY: a Semaphore(1) as the mutex, Java's equivalent of Python's {@code threading.Lock}: it has
 * no owner and does not count. registerAll holds it and calls register, which waits for it: the
 * thread waits for itself, for ever.
 */
public final class MutexRegistry implements Registry {
    private final Semaphore mutex = new Semaphore(1);
    private final Set<String> names = new HashSet<>();

    @Override
    public void register(String name) {
        mutex.acquireUninterruptibly();
        try {
            names.add(name);
        } finally {
            mutex.release();
        }
    }

    @Override
    public void registerAll(Collection<String> all) {
        mutex.acquireUninterruptibly();
        try {
            for (String name : all) {
                register(name);
            }
        } finally {
            mutex.release();
        }
    }

    @Override
    public int size() {
        mutex.acquireUninterruptibly();
        try {
            return names.size();
        } finally {
            mutex.release();
        }
    }
}
