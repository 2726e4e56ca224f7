package dev.racecard.patterns.resultslist.mutants;

import dev.racecard.patterns.resultslist.ResultList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * MUTANT of SynchronizedResultList: wraps the shared ArrayList in {@code synchronizedList} at every
 * call. Each wrapper locks only itself, so no two calls ever exclude each other.
 */
public final class WrapperPerCallList implements ResultList {
    private final List<String> results = new ArrayList<>();

    @Override
    public void add(String result) {
        Collections.synchronizedList(results).add(result);
    }

    @Override
    public List<String> snapshot() {
        return new ArrayList<>(Collections.synchronizedList(results));
    }
}
