package dev.racecard.showcase.resultslist.mutants;

import dev.racecard.showcase.resultslist.SharedList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * MUTANT of SynchronizedSharedList: wraps the shared ArrayList in {@code synchronizedList} at every
 * call. Each wrapper locks only itself, so no two calls ever exclude each other.
 */
public final class WrapperPerCallList implements SharedList {
    private final List<String> results = new ArrayList<>();

    @Override
    public void add(String result) {
        Collections.synchronizedList(results).add(result);
    }

    @Override
    public List<String> snapshot() {
        return new ArrayList<>(Collections.synchronizedList(results));
    }

    @Override
    public long count(Predicate<String> which) {
        List<String> view = Collections.synchronizedList(results);
        synchronized (view) {
            return view.stream().filter(which).count();
        }
    }
}
