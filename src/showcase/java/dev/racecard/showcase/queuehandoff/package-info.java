/** Producer/consumer hand-off through a queue (seeds 001, 002): racy and correct queues; mistakes in mutants/. */
package dev.racecard.showcase.queuehandoff;
