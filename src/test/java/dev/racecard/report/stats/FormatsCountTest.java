package dev.racecard.report.stats;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsCountTest {

    @Test
    void countsReadAsTheFormatterGroupsThem() {
        LongStream.of(0, 7, -7, 999, -999, 1_000, -1_000, 12_345, 999_999, 1_000_000, -123_456_789, 26_075_288,
                Long.MAX_VALUE, Long.MIN_VALUE).forEach(n ->
                assertThat(Formats.count(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n)));
        for (long n = 1; n > 0 && n < Long.MAX_VALUE / 7; n = n * 7 + 3) {
            assertThat(Formats.count(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
    }
}
