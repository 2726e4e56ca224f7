package dev.racecard.history;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryStoreTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-08T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path work;
    Path store;
    Path evidence;
    final TestClock clock = new TestClock();
    final HistoryKey key = HistoryKey.builder().text("test", "T#plain").build();
    private final Properties saved = (Properties) System.getProperties().clone();

    @BeforeEach
    void files() throws IOException {
        store = work.resolve("history");
        evidence = Files.createDirectories(work.resolve("evidence"));
        Files.writeString(evidence.resolve("a.evidence.json"), "{ \"a\" : 1 }");
        Files.writeString(evidence.resolve("b.evidence.json"), "{ \"b\" : 2 }");
    }

    @AfterEach
    void restoreProperties() {
        System.setProperties(saved);
    }

    private HistoryStore open() {
        return HistoryStore.open(store, Duration.ofDays(7), "run 1", clock);
    }

    private void save() {
        assertThat(open().save(key, List.of(evidence.resolve("a.evidence.json"), evidence.resolve("b.evidence.json"))))
                .isTrue();
    }

    private Path entry() {
        return store.resolve(key.hash().substring(0, 2)).resolve(key.hash());
    }

    @Test
    void whatWasSavedIsFoundWithItsRunAndTime() throws IOException {
        assertThat(open().find(key)).isEmpty();
        save();
        clock.now = clock.now.plus(Duration.ofHours(3));

        HistoryStore.Entry found = open().find(key).orElseThrow();

        assertThat(found.run()).isEqualTo("run 1");
        assertThat(found.age(clock.now)).isEqualTo(Duration.ofHours(3));
        assertThat(found.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("a.evidence.json", "b.evidence.json");
        assertThat(Files.readString(found.files().get(1))).isEqualTo("{ \"b\" : 2 }");
        assertThat(Files.readAllLines(found.directory().resolve(HistoryStore.KEY_TEXT))).contains("test = T#plain");
        assertThat(open().find(HistoryKey.builder().text("test", "T#volatile").build())).isEmpty();
    }

    @Test
    void anEntryOlderThanTheMaximumAgeIsAMissAndDeleted() {
        save();
        clock.now = clock.now.plus(Duration.ofDays(7)).plusSeconds(1);

        assertThat(open().find(key)).isEmpty();
        assertThat(entry()).doesNotExist();
    }

    @Test
    void anAlteredOrHalfWrittenEntryIsAMissNeverAnError() throws IOException {
        save();
        Files.writeString(entry().resolve("a.evidence.json"), "{ \"a\" : 2 }");
        assertThat(open().find(key)).isEmpty();
        assertThat(entry()).as("deleted, so the next run saves it again").doesNotExist();

        save();
        Files.delete(entry().resolve(HistoryStore.ENTRY));
        assertThat(open().find(key)).isEmpty();

        save();
        Files.writeString(entry().resolve(HistoryStore.ENTRY), "created=yesterday\nrun=1\n");
        assertThat(open().find(key)).isEmpty();

        // a JVM that died while saving leaves only its temporary directory: no entry
        Path bucket = Files.createDirectories(entry().getParent());
        Files.createDirectories(bucket.resolve(".tmp-" + key.hash().substring(0, 12) + "-1"));
        assertThat(open().find(key)).isEmpty();
    }

    @Test
    void aDailySweepDeletesEntriesNobodyAsksForAnyMore() {
        save();
        clock.now = clock.now.plus(Duration.ofDays(8));

        open(); // a day since the last sweep: sweeps

        assertThat(entry()).doesNotExist();
    }

    @Test
    void offReadsNothingAndWritesNothing() throws IOException {
        save();
        System.setProperty(HistoryStore.PROPERTY, "off");
        System.setProperty(HistoryStore.DIR_PROPERTY, store.toString());

        HistoryStore off = HistoryStore.open();

        assertThat(off.enabled()).isFalse();
        assertThat(off.find(key)).isEmpty();
        HistoryKey other = HistoryKey.builder().text("test", "T#volatile").build();
        assertThat(off.save(other, List.of(evidence.resolve("a.evidence.json")))).isFalse();
        try (Stream<Path> all = Files.walk(store)) {
            assertThat(all.filter(p -> p.toString().contains(other.hash()))).isEmpty();
        }
    }

    @Test
    void theSystemPropertiesConfigureItAndABadValueSaysWhatItShouldBe() {
        System.setProperty(HistoryStore.DIR_PROPERTY, store.toString());
        System.setProperty(HistoryStore.RUN_PROPERTY, "build 42");
        HistoryStore opened = HistoryStore.open();
        assertThat(opened.directory()).isEqualTo(store.toAbsolutePath());
        assertThat(opened.run()).isEqualTo("build 42");

        System.setProperty(HistoryStore.PROPERTY, "maybe");
        assertThatThrownBy(HistoryStore::open).hasMessage("-Dracecard.history=maybe: on or off");
        System.setProperty(HistoryStore.PROPERTY, "on");
        System.setProperty(HistoryStore.MAX_AGE_PROPERTY, "7 days");
        assertThatThrownBy(HistoryStore::open).hasMessageContaining("an ISO-8601 duration");
    }

    @Test
    void theDefaultPlaceIsInTheUsersHomeOutsideTheBuild() {
        System.setProperty("user.home", work.toString());
        System.clearProperty(HistoryStore.DIR_PROPERTY); // a build that names its own place passes it to the tests too
        assertThat(HistoryStore.open().directory()).isEqualTo(work.resolve(".racecard/history"));
    }
}
