package com.example.counter;

import com.example.counter.mutants.GetThenSetCounter;
import dev.racecard.api.CatalogProvider;
import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;

import java.util.List;

/** What this project's tests must show; registered in META-INF/services/dev.racecard.api.CatalogProvider. */
public class CounterCatalog implements CatalogProvider {

    @Override
    public List<Pattern> patterns() {
        return List.of(Racecard.pattern("counter", "Shared counter",
                        "count++ from several threads loses increments; an AtomicLong counts them all.")
                .racy("plain", PlainCounter.class, "count++ on a plain field")
                    .jcstress(CounterStress.Plain.class).lincheck(CounterTest.class).junit(CounterTest.class)
                    .critical("count++")
                .correct("atomic", AtomicCounter.class, "AtomicLong.incrementAndGet")
                    .jcstress(CounterStress.Atomic.class).lincheck(CounterTest.class).junit(CounterTest.class)
                    .critical("incrementAndGet")
                    // a positive control: the gate must fail it, or the atomic counter's clean record proves nothing
                    .mutant(Mutant.of("get-then-set", GetThenSetCounter.class.getName(),
                            "count.set(count.get() + 1): two atomic calls, not one", Tool.JCSTRESS, Tool.LINCHECK,
                            Tool.JUNIT))
                .build());
    }
}
