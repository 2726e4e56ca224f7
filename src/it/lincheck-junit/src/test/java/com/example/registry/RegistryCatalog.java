package com.example.registry;

import dev.racecard.api.CatalogProvider;
import dev.racecard.api.Racecard;
import dev.racecard.catalog.Pattern;

import java.util.List;

/** Registered in META-INF/services/dev.racecard.api.CatalogProvider. */
public class RegistryCatalog implements CatalogProvider {

    @Override
    public List<Pattern> patterns() {
        return List.of(Racecard.pattern("registry", "Claim once",
                        "check-then-set lets two threads both win a claim; compareAndSet lets one.")
                .racy("check-then-set", CheckThenSetRegistry.class, "read the owner, then write it")
                    .lincheck(RegistryTest.class).junit(RegistryTest.class)
                .correct("compare-and-set", CompareAndSetRegistry.class, "one compareAndSet")
                    .lincheck(RegistryTest.class).junit(RegistryTest.class)
                .build());
    }
}
