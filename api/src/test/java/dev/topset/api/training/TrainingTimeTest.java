package dev.topset.api.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TrainingTimeTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC);

    @Test
    void timesFrom1900UntilADayFromNow() {
        assertThat(TrainingTime.contains(Instant.parse("1900-01-01T00:00:00Z"), NOW)).isTrue();
        assertThat(TrainingTime.contains(Instant.parse("2026-12-08T15:00:00Z"), NOW)).isTrue();
        assertThat(TrainingTime.contains(Instant.parse("1899-12-31T23:59:59Z"), NOW)).isFalse();
        assertThat(TrainingTime.contains(Instant.parse("2026-12-08T15:00:01Z"), NOW)).isFalse();
        assertThat(TrainingTime.contains(Instant.MAX, NOW)).isFalse();
        assertThat(TrainingTime.contains(Instant.MIN, NOW)).isFalse();
        assertThat(TrainingTime.contains((Instant) null, NOW)).isFalse();
        assertThat(TrainingTime.contains(Instant.now())).isTrue();
    }

    @Test
    void datesFrom1900UntilAYearFromToday() {
        assertThat(TrainingTime.contains(LocalDate.of(1900, 1, 1), NOW)).isTrue();
        assertThat(TrainingTime.contains(LocalDate.of(2027, 12, 7), NOW)).isTrue();
        assertThat(TrainingTime.contains(LocalDate.of(1899, 12, 31), NOW)).isFalse();
        assertThat(TrainingTime.contains(LocalDate.of(2027, 12, 8), NOW)).isFalse();
        assertThat(TrainingTime.contains(LocalDate.MAX, NOW)).isFalse();
        assertThat(TrainingTime.contains((LocalDate) null, NOW)).isFalse();
    }
}
