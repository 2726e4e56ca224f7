package dev.racecard.report.ingest;

import dev.racecard.report.BadInputException;
import org.openjdk.jcstress.infra.collectors.TestResult;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rejects jcstress records whose numbers no jcstress run can produce, before anything is graded:
 * jcstress's {@code Counter} adds longs without overflow checks and {@code ReportUtils} merges
 * configurations the same way, so a corrupt count would otherwise be graded as a real histogram.
 *
 * <p>Only the truly impossible is rejected: a negative count, counts that sum past
 * {@code Long.MAX_VALUE} (in one record, or over all records of a test, which is what gets
 * merged), counts stored under no outcome, and a record without the test configuration that
 * names it. A record with no outcomes at all is possible (jcstress writes one for a test that
 * errored before it sampled anything), and so is a count on an outcome the test does not declare
 * (jcstress grades it by the test's default expectation): both pass.
 */
final class SampleCounts {

    private SampleCounts() {
    }

    /** @param records one file's records, in file order (the error names the record by number) */
    static void checkRecords(Path file, List<TestResult> records) {
        for (int i = 0; i < records.size(); i++) {
            String problem = problem(records.get(i));
            if (problem != null) {
                throw new BadInputException("jcstress results file " + file + " is corrupt: record " + (i + 1) + " " + problem);
            }
        }
    }

    private static String problem(TestResult r) {
        if (r.getConfig() == null || r.getConfig().name == null) {
            return "has no test configuration (jcstress always records which test and JVM it ran)";
        }
        String test = "(test " + r.getName() + ")";
        if (r.status() == null) {
            return test + " has no status";
        }
        try {
            long sum = 0;
            for (String outcome : r.getStateKeys()) {
                long count = r.getCount(outcome);
                if (count < 0) {
                    return test + " has a negative count (" + count + ") for outcome '" + outcome + "'";
                }
                sum = Math.addExact(sum, count);
            }
            // Counter.totalCount() sums every slot, so it differs from the sum over the outcomes only
            // when a count sits where no outcome is (or its outcome is not where its hash says)
            if (sum != r.getTotalCount()) {
                return test + " has counts stored under no outcome: they total " + r.getTotalCount()
                        + ", its outcomes' counts " + sum;
            }
        } catch (ArithmeticException e) {
            return test + " has outcome counts that sum past " + Long.MAX_VALUE;
        } catch (RuntimeException e) {
            // e.g. a Counter whose keys and counts arrays disagree in length
            return test + " has an unreadable outcome counter (" + e + ")";
        }
        return null;
    }

    /**
     * The counts of each test over all its records (every configuration, every file) must sum
     * within a long, since that is the histogram jcstress's merge produces.
     *
     * @param records each file's records, already checked one by one
     */
    static void checkTotals(Map<Path, List<TestResult>> records) {
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, Set<Path>> sources = new LinkedHashMap<>();
        records.forEach((file, results) -> {
            for (TestResult r : results) {
                sources.computeIfAbsent(r.getName(), k -> new LinkedHashSet<>()).add(file);
                try {
                    totals.merge(r.getName(), r.getTotalCount(), Math::addExact);
                } catch (ArithmeticException e) {
                    throw new BadInputException(files(sources.get(r.getName())) + ": the counts of test " + r.getName()
                            + " over its configurations sum past " + Long.MAX_VALUE);
                }
            }
        });
    }

    private static String files(Collection<Path> files) {
        return files.size() == 1 ? "jcstress results file " + files.iterator().next() + " is corrupt"
                : "jcstress results files " + String.join(", ", files.stream().map(Path::toString).toList()) + " are corrupt";
    }
}
