package dev.racecard.patterns.resultslist;

import java.util.List;

/** Where worker threads put their results (seed 001's {@code results.append(result)}). */
public interface ResultList {

    void add(String result);

    /** A copy of the results so far. */
    List<String> snapshot();
}
