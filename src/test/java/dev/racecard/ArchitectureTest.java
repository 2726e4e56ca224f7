package dev.racecard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package map of the README ("The map"), as rules on the compiled classes: each shipped
 * package imports only the packages of ours it is allowed to, and nothing shipped knows the
 * showcase. Change the map and this table together.
 */
class ArchitectureTest {

    /** Each shipped package (with its sub-packages) and the packages of ours it may use besides itself. */
    static final Map<String, Set<String>> MAY_IMPORT = new LinkedHashMap<>();

    static {
        MAY_IMPORT.put("catalog", Set.of());
        MAY_IMPORT.put("api", Set.of("catalog"));
        MAY_IMPORT.put("evidence", Set.of("catalog"));
        MAY_IMPORT.put("reproduce", Set.of("api", "catalog", "evidence"));
        MAY_IMPORT.put("experiments", Set.of());
        MAY_IMPORT.put("history", Set.of("catalog", "evidence"));
        MAY_IMPORT.put("junit", Set.of("api", "catalog", "evidence", "reproduce", "experiments", "history"));
        MAY_IMPORT.put("stress", Set.of("api", "catalog", "evidence", "reproduce", "report", "history"));
        MAY_IMPORT.put("report", Set.of("api", "catalog", "evidence", "reproduce"));
        MAY_IMPORT.put("maven", Set.of("api", "catalog", "stress", "report"));
    }

    private static JavaClasses shipped;

    @BeforeAll
    static void importShippedClasses() {
        shipped = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.racecard");
    }

    @Test
    void everyShippedPackageIsOnTheMap() {
        List<String> unmapped = shipped.stream().map(c -> c.getPackageName())
                .map(p -> p.substring("dev.racecard.".length()).split("\\.")[0])
                .distinct().filter(p -> !MAY_IMPORT.containsKey(p)).toList();
        if (!unmapped.isEmpty()) {
            throw new AssertionError("packages missing from the map (README and MAY_IMPORT): " + unmapped);
        }
    }

    @Test
    void eachShippedPackageImportsOnlyWhatTheMapAllows() {
        for (var entry : MAY_IMPORT.entrySet()) {
            String[] forbidden = MAY_IMPORT.keySet().stream()
                    .filter(p -> !p.equals(entry.getKey()) && !entry.getValue().contains(p))
                    .map(p -> "dev.racecard." + p + "..").toArray(String[]::new);
            if (forbidden.length > 0) {
                noClasses().that().resideInAPackage("dev.racecard." + entry.getKey() + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because("the map lets " + entry.getKey() + " import only " + entry.getValue())
                        .check(shipped);
            }
        }
    }

    @Test
    void nothingShippedKnowsTheShowcase() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.racecard.showcase..")
                .because("the showcase is the tool's first user, never part of it")
                .check(shipped);
    }

    /** What a user's tests load (the extension and what it builds on) must not reach the report engine. */
    @Test
    void theExtensionNeverLoadsTheReportOrItsLibraries() {
        noClasses().that().resideInAnyPackage("dev.racecard.junit..", "dev.racecard.evidence..",
                        "dev.racecard.experiments..", "dev.racecard.api..", "dev.racecard.catalog..",
                        "dev.racecard.reproduce..", "dev.racecard.history..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.racecard.report..", "dev.racecard.maven..",
                        "dev.racecard.stress..", "io.pebbletemplates..", "picocli..", "org.slf4j..",
                        "org.openjdk.jcstress..", "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..")
                .check(shipped);
    }
}
