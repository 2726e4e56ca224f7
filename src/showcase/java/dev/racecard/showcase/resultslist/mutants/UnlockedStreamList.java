package dev.racecard.showcase.resultslist.mutants;

import dev.racecard.showcase.resultslist.SharedList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * MUTANT of SynchronizedSharedList: streams the synchronized list without holding its lock ("the
 * list is synchronized"). Only single calls lock; the stream walks the ArrayList underneath while
 * workers add, and fails with a ConcurrentModificationException or counts a moving list.
 */
public final class UnlockedStreamList implements SharedList {
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
        return results.stream().filter(which).count();
    }
}
