package dev.racecard.shareddict;

import dev.racecard.catalog.Tool;
import dev.racecard.evidence.LincheckEvidence;
import dev.racecard.evidence.LincheckEvidence.Budget;
import dev.racecard.junit.Subject;
import dev.racecard.evidence.Subjects;
import dev.racecard.junit.UnderTest;
import dev.racecard.patterns.shareddict.MemoDict;
import dev.racecard.patterns.shareddict.SharedDict;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.Validate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Lincheck model-checks the two API shapes with two threads, one spec each, on the subject of the
 * check under way. {@link StoreSpec} is the seed's dict of results (put, get; the size is checked
 * once the threads are done): the plain HashMap must yield a counterexample. {@link MemoSpec} is
 * get-or-compute as ONE operation, plus how many times the computation ran: check-then-act must
 * yield one (two callers computed the same key). The correct dicts, and the mutants in their
 * places, are graded by the gate from what Lincheck found.
 *
 * <p>Each spec declares its operations on itself: with the same operations inherited from an
 * abstract base, Lincheck 3.6 never found the plain HashMap's race (0 of 13 runs, against 11 of 11
 * with the operations declared on the spec class itself).
 */
class SharedDictLincheckExperiment {

    /**
     * Half the counter's budget. On 2 cores, JDK 17, it found both races and killed the four
     * mutants that run through Lincheck in 3 of 3 runs (8 to 68 s per check, under load); it
     * never caught lock-per-key, not even with 20 scenarios.
     */
    static final Budget BUDGET = new Budget(5, 100, 2, 2);
    static final String KEYS = "1:2";

    /**
     * The seed's dict of results; a worker stores the square of its task id, as the seed does.
     * size() is checked after the threads are done, as the seed reads the dict after join, and is
     * no operation: ConcurrentHashMap.size() is only an estimate while puts are in flight (Lincheck
     * shows get(1) = 1, then size() = 0, beside a running put(1)).
     */
    public static class StoreSpec {
        private final SharedDict dict = UnderTest.create(SharedDict.class);

        @Operation
        public void put(@Param(gen = IntGen.class, conf = KEYS) int key) {
            dict.put(key, key * key);
        }

        @Operation
        public Integer get(@Param(gen = IntGen.class, conf = KEYS) int key) {
            return dict.get(key);
        }

        @Validate
        public void sizeCountsTheStoredEntries() {
            int stored = (dict.get(1) == null ? 0 : 1) + (dict.get(2) == null ? 0 : 1);
            if (dict.size() != stored) {
                throw new IllegalStateException("size() is " + dict.size() + " but " + stored + " entries are stored");
            }
        }
    }

    /**
     * get-or-compute; the compute function counts its runs, so a double computation shows. A dict
     * that throws (HashMap.computeIfAbsent's ConcurrentModificationException) answers -1, a
     * result no sequential order gives, as the jcstress test does; an exception escaping an
     * operation would be an unexpected-exception failure, a tool error rather than the race.
     */
    public static class MemoSpec {
        private final AtomicInteger computations = new AtomicInteger();
        private final MemoDict dict = UnderTest.create(MemoDict.class);

        @Operation
        public int getOrCompute(@Param(gen = IntGen.class, conf = KEYS) int key) {
            try {
                return dict.getOrCompute(key, this::square);
            } catch (RuntimeException e) {
                return -1;
            }
        }

        @Operation
        public int computations() {
            return computations.get();
        }

        private int square(int key) {
            computations.incrementAndGet();
            return key * key;
        }
    }

    static Stream<Subject> storingDicts() {
        return Subjects.of("shared-dict", Tool.LINCHECK, "plain-hashmap", "synchronized", "compute-if-absent");
    }

    static Stream<Subject> memoDicts() {
        return Subjects.of("shared-dict", Tool.LINCHECK, "check-then-act", "synchronized", "compute-if-absent");
    }

    /** The test id of one of this experiment's two checks of a subject: {@code <class>#store:<variant>}. */
    static String testId(String check, Subject subject) {
        return SharedDictLincheckExperiment.class.getName() + "#" + check + ":" + subject.variantId();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storingDicts")
    void putsAndGetsAreLinearizable(Subject subject) {
        LincheckEvidence.check(subject, testId("store", subject), StoreSpec.class, BUDGET);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("memoDicts")
    void getOrComputeIsLinearizable(Subject subject) {
        LincheckEvidence.check(subject, testId("memo", subject), MemoSpec.class, BUDGET);
    }
}
