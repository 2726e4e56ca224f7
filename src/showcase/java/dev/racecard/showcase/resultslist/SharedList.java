package dev.racecard.showcase.resultslist;

import java.util.List;
import java.util.function.Predicate;

/** Where worker threads put their results (seed 001's {@code results.append(result)}). */
public interface SharedList {

    void add(String result);

    /** A copy of the results so far. */
    List<String> snapshot();

    /**
     * How many of the results so far match: a look through the list while workers may still be
     * adding, as a progress display does.
     */
    long count(Predicate<String> which);
}
