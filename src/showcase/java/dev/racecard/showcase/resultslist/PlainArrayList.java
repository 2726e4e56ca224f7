package dev.racecard.showcase.resultslist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * RACY: the seed's {@code results.append(result)} without its {@code with lock:}. {@code ArrayList.add}
 * reads the size, stores the element and writes size + 1: two threads can store into the same slot
 * (a result lost), or both grow the array at once (an ArrayIndexOutOfBoundsException in a worker).
 */
public final class PlainArrayList implements SharedList {
    private final List<String> results = new ArrayList<>();

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
