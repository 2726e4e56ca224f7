/**
 * Evidence history, keyed by content (issue 28): an experiment's evidence is reused while
 * everything that can change it is byte for byte the same. A {@link dev.racecard.history.HistoryKey}
 * hashes the {@link dev.racecard.history.ClassClosure} of the experiment's classes (class files in
 * directories, followed through their constant pools; jars by their hash; the JDK by its version),
 * named texts (the test, the subject, the catalog's pattern) and the environment (JVM, machine, its
 * flags, the {@code racecard.*} settings); a {@link dev.racecard.history.HistoryStore} keeps the files
 * under the key, atomically, for a maximum age. The JUnit extension and the jcstress driver decide
 * what is worth saving: never a failure or an error.
 *
 * <p>A class path entry that is a jar counts whole: in a user's build the Racecard jar and every
 * library, so upgrading one reruns what reaches it. This repository's failsafe runs the
 * experiments on {@code target/classes} instead of the packaged jar ({@code classesDirectory} in
 * the pom): the jar is rebuilt with new timestamps by every build, and the classes let a report
 * change, which no experiment reaches, keep every key.
 *
 * <p>Differences from the shared design (history-design.md), and why:
 * <ul>
 *   <li>{@code find} and {@code save} take the {@link dev.racecard.history.HistoryKey} rather than its
 *       hash and a parts map: the key carries its parts and what each was made of, which the entry
 *       stores ({@code entry.properties}: a SHA-256 per part; {@code key.txt}: every class of the closure
 *       with its hash, every environment value), so a miss is explained by diffing two entries'
 *       {@code key.txt}. {@code HistoryKey.hash()} is the string key.</li>
 *   <li>{@code entry.properties} also holds each file's SHA-256: an entry whose file was altered or
 *       cut short is a miss (and deleted), not only one that is half there.</li>
 *   <li>Entries nobody asks for any more (their keys changed) are deleted by a sweep at most once a day
 *       ({@code .last-sweep}), besides the expired ones found by a lookup: keys change with content,
 *       so the old ones would otherwise stay forever.</li>
 *   <li>{@code racecard.run.id} is a property of no key ({@link dev.racecard.history.HistoryStore#notAnInput}),
 *       with the evidence directory and the {@code racecard.history*} settings; the JVM's {@code -D}
 *       flags for them are left out of the key's JVM arguments too.</li>
 * </ul>
 */
package dev.racecard.history;
