/** jcstress budgets for a run over a project's tests: the vocabulary shared by the build and the plugin. */
package dev.racecard.stress;
