package com.example.tally;

import dev.racecard.api.CatalogProvider;
import dev.racecard.api.Racecard;
import dev.racecard.catalog.Pattern;

import java.util.List;

/** Registered in META-INF/services/dev.racecard.api.CatalogProvider. */
public class TallyCatalog implements CatalogProvider {

    @Override
    public List<Pattern> patterns() {
        return List.of(Racecard.pattern("tally", "Shared tally",
                        "total++ from two threads loses additions, volatile or not; an AtomicInteger keeps them all.")
                .racy("volatile", VolatileTally.class, "total++ on a volatile field").junit(TallyTest.class)
                .correct("atomic", AtomicTally.class, "AtomicInteger.incrementAndGet").junit(TallyTest.class)
                .build());
    }
}
