package dev.racecard.showcase;

import dev.racecard.api.CatalogProvider;
import dev.racecard.api.Catalogs;
import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Pattern;

import dev.racecard.showcase.barrier.BarrierEntry;
import dev.racecard.showcase.counter.CounterEntry;
import dev.racecard.showcase.daemonshutdown.DaemonShutdownEntry;
import dev.racecard.showcase.joinvisibility.JoinVisibilityEntry;
import dev.racecard.showcase.lockorder.LockOrderEntry;
import dev.racecard.showcase.lostexception.LostExceptionEntry;
import dev.racecard.showcase.lostwakeup.LostWakeupEntry;
import dev.racecard.showcase.poolshutdown.PoolShutdownEntry;
import dev.racecard.showcase.queuehandoff.QueueHandoffEntry;
import dev.racecard.showcase.reentrancy.ReentrancyEntry;
import dev.racecard.showcase.resultslist.SharedListEntry;
import dev.racecard.showcase.semaphore.SemaphoreEntry;
import dev.racecard.showcase.shareddict.SharedDictEntry;
import dev.racecard.showcase.stopflag.StopFlagEntry;
import dev.racecard.showcase.threadlifecycle.ThreadLifecycleEntry;
import dev.racecard.showcase.threadlocal.ThreadLocalEntry;
import dev.racecard.showcase.unlockinfinally.UnlockInFinallyEntry;

import java.util.List;

/**
 * The one declared list of Racecard's own patterns, one {@code *Entry} class per pattern, declared
 * through the public API as a user's are: a {@link CatalogProvider}, registered for the build's
 * report in {@code src/test/resources/META-INF/services} (the shipped artifact registers none, so a
 * user's report never grades against it). Every variant here must have evidence from each of its
 * tools, or the gate fails; evidence for anything not listed here fails it too.
 */
public final class ShowcaseCatalog implements CatalogProvider {

    public static final Catalog CATALOG = Catalogs.of(List.of(new ShowcaseCatalog()));

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
