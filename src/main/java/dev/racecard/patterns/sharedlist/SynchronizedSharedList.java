package dev.racecard.patterns.sharedlist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * CORRECT: {@code Collections.synchronizedList}, the JDK's {@code with lock:} around every call; the
 * copy takes the same lock, as its documentation asks of anything that iterates.
 */
public final class SynchronizedSharedList implements SharedList {
    private final List<String> results = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void add(String result) {
        results.add(result);
    }

    @Override
    public List<String> snapshot() {
        synchronized (results) {
            return new ArrayList<>(results);
        }
    }
}
