package dev.racecard.showcase.resultslist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * CORRECT: {@code Collections.synchronizedList}, the JDK's {@code with lock:} around every call. Its
 * single calls lock by themselves (the copy too: {@code new ArrayList<>(c)} calls {@code c.toArray()},
 * which the wrapper runs under its lock); a stream or iterator does not, and the javadoc of
 * {@code synchronizedList} makes the caller hold the list's lock while traversing.
 */
public final class SynchronizedSharedList implements SharedList {
    private final List<String> results = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void add(String result) {
        results.add(result);
    }

    @Override
    public List<String> snapshot() {
        return new ArrayList<>(results);
    }

    @Override
    public long count(Predicate<String> which) {
        synchronized (results) {
            return results.stream().filter(which).count();
        }
    }
}
