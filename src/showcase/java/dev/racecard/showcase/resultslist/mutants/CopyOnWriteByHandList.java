package dev.racecard.showcase.resultslist.mutants;

import dev.racecard.showcase.resultslist.SharedList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * MUTANT of SynchronizedSharedList: copy-on-write by hand, a volatile reference to a list that is
 * copied, extended and published again. Every reader sees a whole list, but two adds can copy the
 * same list and the second publish drops the first one's result.
 */
public final class CopyOnWriteByHandList implements SharedList {
    private volatile List<String> results = List.of();

    @Override
    public void add(String result) {
        List<String> next = new ArrayList<>(results);
        next.add(result);
        results = List.copyOf(next);
    }

    @Override
    public List<String> snapshot() {
        return new ArrayList<>(results);
    }

    @Override
    public long count(Predicate<String> which) {
        return results.stream().filter(which).count(); // an immutable list: nothing changes under the stream
    }
}
