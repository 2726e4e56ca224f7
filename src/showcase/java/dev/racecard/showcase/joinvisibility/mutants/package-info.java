/**
 * Positive controls for the correct ways to read a worker's result: the realistic mistakes people
 * make when they write them, one class each. The mutants run puts each in its correct variant's
 * place; the gate must fail it. Nothing here is used by the variants themselves.
 */
package dev.racecard.showcase.joinvisibility.mutants;
