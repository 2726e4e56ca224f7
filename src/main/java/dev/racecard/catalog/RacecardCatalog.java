package dev.racecard.catalog;

import dev.racecard.api.CatalogProvider;
import dev.racecard.api.Catalogs;

import java.util.List;

/**
 * The one declared list of Racecard's own patterns, one {@code *Entry} class per pattern, declared
 * through the public API as a user's are: a {@link CatalogProvider}, registered for the build's
 * report in {@code src/test/resources/META-INF/services} (the shipped artifact registers none, so a
 * user's report never grades against it). Every variant here must have evidence from each of its
 * tools, or the gate fails; evidence for anything not listed here fails it too.
 */
public final class RacecardCatalog implements CatalogProvider {

    public static final Catalog CATALOG = Catalogs.of(List.of(new RacecardCatalog()));

    @Override
    public List<Pattern> patterns() {
        return List.of(
                CounterEntry.PATTERN,
                SharedDictEntry.PATTERN,
                QueueHandoffEntry.PATTERN,
                JoinVisibilityEntry.PATTERN,
                DaemonShutdownEntry.PATTERN,
                SharedListEntry.PATTERN,
                SemaphoreEntry.PATTERN,
                LockOrderEntry.PATTERN,
                UnlockInFinallyEntry.PATTERN,
                ReentrancyEntry.PATTERN,
                LostExceptionEntry.PATTERN,
                ThreadLocalEntry.PATTERN,
                LostWakeupEntry.PATTERN,
                PoolShutdownEntry.PATTERN,
                StopFlagEntry.PATTERN,
                BarrierEntry.PATTERN,
                ThreadLifecycleEntry.PATTERN);
    }
}
