package dev.racecard.catalog;

import java.util.List;

/**
 * The one declared list of Racecard's own patterns, one {@code *Entry} class per pattern. Every
 * variant here must have evidence from each of its tools, or the gate fails; evidence for
 * anything not listed here fails it too.
 */
public final class RacecardCatalog {

    public static final Catalog CATALOG = new Catalog(List.of(
            CounterEntry.PATTERN,
            SharedDictEntry.PATTERN,
            QueueHandoffEntry.PATTERN,
            JoinVisibilityEntry.PATTERN,
            DaemonShutdownEntry.PATTERN));

    private RacecardCatalog() {
    }
}
