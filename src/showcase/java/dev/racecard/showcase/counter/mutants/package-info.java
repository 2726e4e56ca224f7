/**
 * Positive controls for the correct counters: the realistic mistakes people make when they write
 * them, one class each. The mutants run puts each in its correct variant's place; the gate must
 * fail it. Nothing here is used by the variants themselves.
 */
package dev.racecard.showcase.counter.mutants;
