package dev.racecard.patterns.sharedlist;

import java.util.List;

/** Where worker threads put their results (seed 001's {@code results.append(result)}). */
public interface SharedList {

    void add(String result);

    /** A copy of the results so far. */
    List<String> snapshot();
}
