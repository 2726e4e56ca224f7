package dev.racecard.shareddict;

import dev.racecard.evidence.LincheckEvidence;
import dev.racecard.evidence.LincheckEvidence.Budget;
import dev.racecard.patterns.shareddict.CheckThenActDict;
import dev.racecard.patterns.shareddict.ComputeIfAbsentDict;
import dev.racecard.patterns.shareddict.MemoDict;
import dev.racecard.patterns.shareddict.PlainHashMapDict;
import dev.racecard.patterns.shareddict.SharedDict;
import dev.racecard.patterns.shareddict.SynchronizedDict;
import dev.racecard.report.model.Counterexample;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.Validate;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Lincheck model-checks two specs with two threads. The dict specs are the seed's dict of
 * results (put, get; the size is checked once the threads are done): the plain HashMap must yield
 * a counterexample. The memo specs are get-or-compute as ONE operation, plus how many times the
 * computation ran: check-then-act must yield one (two callers computed the same key). The correct
 * dicts pass both.
 *
 * <p>Each spec class declares its own operations and delegates to {@link DictOperations} or
 * {@link MemoOperations}: with the same operations inherited from an abstract base, Lincheck 3.6
 * never found the plain HashMap's race (0 of 13 runs, against 11 of 11 with the operations
 * declared on the spec class itself).
 */
class SharedDictLincheckExperiment {

    /** Half the counter's budget: found both races in 8 of 8 runs (4 spec copies × 2 budgets); 6 specs here. */
    static final Budget BUDGET = new Budget(5, 100, 2, 2);
    static final String KEYS = "1:2";

    /**
     * The seed's dict of results; a worker stores the square of its task id, as the seed does.
     * size() is checked after the threads are done, as the seed reads the dict after join, and is
     * no operation: ConcurrentHashMap.size() is only an estimate while puts are in flight (Lincheck
     * shows get(1) = 1, then size() = 0, beside a running put(1)).
     */
    static final class DictOperations {
        private final SharedDict dict;

        DictOperations(SharedDict dict) {
            this.dict = dict;
        }

        void put(int key) {
            dict.put(key, key * key);
        }

        Integer get(int key) {
            return dict.get(key);
        }

        void checkSizeCountsTheStoredEntries() {
            int stored = (dict.get(1) == null ? 0 : 1) + (dict.get(2) == null ? 0 : 1);
            if (dict.size() != stored) {
                throw new IllegalStateException("size() is " + dict.size() + " but " + stored + " entries are stored");
            }
        }
    }

    /** get-or-compute; the compute function counts its runs, so a double computation shows. */
    static final class MemoOperations {
        private final AtomicInteger computations = new AtomicInteger();
        private final MemoDict dict;

        MemoOperations(Function<IntUnaryOperator, MemoDict> factory) {
            this.dict = factory.apply(key -> {
                computations.incrementAndGet();
                return key * key;
            });
        }

        int getOrCompute(int key) {
            return dict.getOrCompute(key);
        }

        int computations() {
            return computations.get();
        }
    }

    public static class PlainHashMapSpec {
        private final DictOperations dict = new DictOperations(new PlainHashMapDict());

        @Operation
        public void put(@Param(gen = IntGen.class, conf = KEYS) int key) {
            dict.put(key);
        }

        @Operation
        public Integer get(@Param(gen = IntGen.class, conf = KEYS) int key) {
            return dict.get(key);
        }

        @Validate
        public void sizeCountsTheStoredEntries() {
            dict.checkSizeCountsTheStoredEntries();
        }
    }

    public static class SynchronizedDictSpec {
        private final DictOperations dict = new DictOperations(new SynchronizedDict(key -> key * key));

        @Operation
        public void put(@Param(gen = IntGen.class, conf = KEYS) int key) {
            dict.put(key);
        }

        @Operation
        public Integer get(@Param(gen = IntGen.class, conf = KEYS) int key) {
            return dict.get(key);
        }

        @Validate
        public void sizeCountsTheStoredEntries() {
            dict.checkSizeCountsTheStoredEntries();
        }
    }

    public static class ConcurrentHashMapDictSpec {
        private final DictOperations dict = new DictOperations(new ComputeIfAbsentDict(key -> key * key));

        @Operation
        public void put(@Param(gen = IntGen.class, conf = KEYS) int key) {
            dict.put(key);
        }

        @Operation
        public Integer get(@Param(gen = IntGen.class, conf = KEYS) int key) {
            return dict.get(key);
        }

        @Validate
        public void sizeCountsTheStoredEntries() {
            dict.checkSizeCountsTheStoredEntries();
        }
    }

    public static class CheckThenActMemoSpec {
        private final MemoOperations memo = new MemoOperations(CheckThenActDict::new);

        @Operation
        public int getOrCompute(@Param(gen = IntGen.class, conf = KEYS) int key) {
            return memo.getOrCompute(key);
        }

        @Operation
        public int computations() {
            return memo.computations();
        }
    }

    public static class SynchronizedMemoSpec {
        private final MemoOperations memo = new MemoOperations(SynchronizedDict::new);

        @Operation
        public int getOrCompute(@Param(gen = IntGen.class, conf = KEYS) int key) {
            return memo.getOrCompute(key);
        }

        @Operation
        public int computations() {
            return memo.computations();
        }
    }

    public static class ComputeIfAbsentMemoSpec {
        private final MemoOperations memo = new MemoOperations(ComputeIfAbsentDict::new);

        @Operation
        public int getOrCompute(@Param(gen = IntGen.class, conf = KEYS) int key) {
            return memo.getOrCompute(key);
        }

        @Operation
        public int computations() {
            return memo.computations();
        }
    }

    @Test
    void plainHashMapMiscountsAPut() {
        Counterexample found = LincheckEvidence.check("shared-dict", "plain-hashmap", PlainHashMapSpec.class, BUDGET);
        assertNotNull(found, "Lincheck found no lost or miscounted put in the plain HashMap");
    }

    @Test
    void checkThenActComputesTwice() {
        Counterexample found = LincheckEvidence.check("shared-dict", "check-then-act", CheckThenActMemoSpec.class, BUDGET);
        assertNotNull(found, "Lincheck found no double computation in check-then-act");
    }

    @Test
    void synchronizedPutsAreLinearizable() {
        assertNull(LincheckEvidence.check("shared-dict", "synchronized", SynchronizedDictSpec.class, BUDGET));
    }

    @Test
    void synchronizedGetOrComputeIsLinearizable() {
        assertNull(LincheckEvidence.check("shared-dict", "synchronized", SynchronizedMemoSpec.class, BUDGET));
    }

    @Test
    void concurrentHashMapPutsAreLinearizable() {
        assertNull(LincheckEvidence.check("shared-dict", "compute-if-absent", ConcurrentHashMapDictSpec.class, BUDGET));
    }

    @Test
    void computeIfAbsentIsLinearizable() {
        assertNull(LincheckEvidence.check("shared-dict", "compute-if-absent", ComputeIfAbsentMemoSpec.class, BUDGET));
    }
}
