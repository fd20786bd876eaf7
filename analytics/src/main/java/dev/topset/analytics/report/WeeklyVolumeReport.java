package dev.topset.analytics.report;

import dev.topset.analytics.history.LiftWeek;
import dev.topset.science.exercise.MovementFamily;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The weekly volume export: per week (its Monday) working sets, hard sets and volume load in kg, per lift or per
 * movement family of the exercise catalogue. The numbers are query-service's {@code GET /athletes/{id}/weeks}
 * numbers for the same weeks, lift by lift; a family's row is the sum of its lifts' rows.
 *
 * <p>Per lift, a row is a week the lift was trained. Per family, every week from the first to the last trained one
 * has a row for every family trained in the period, zeros included: a missed week or a family left out for a
 * while is a row to plot, not a gap to notice.
 */
public final class WeeklyVolumeReport {

    static final List<String> LIFT_COLUMNS = List.of("athlete_id", "week", "lift", "family", "working_sets",
            "hard_sets", "volume_load_kg");
    static final List<String> FAMILY_COLUMNS = List.of("athlete_id", "week", "family", "lifts", "working_sets",
            "hard_sets", "volume_load_kg");

    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(1);

    /** One family's week. */
    public record FamilyWeek(LocalDate week, MovementFamily family, int lifts, int workingSets, int hardSets,
                             BigDecimal volumeLoadKg) {
    }

    public void write(UUID athleteId, List<LiftWeek> weeks, WeeklyGrouping grouping, Writer out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader((grouping == WeeklyGrouping.LIFT
                    ? LIFT_COLUMNS : FAMILY_COLUMNS).toArray(String[]::new)).get());
            if (grouping == WeeklyGrouping.LIFT) {
                for (LiftWeek week : weeks) {
                    csv.printRecord(athleteId, week.week(), week.lift(), LiftTitles.family(week.lift()),
                            week.workingSets(), week.hardSets(), week.volumeLoadKg().toPlainString());
                }
            } else {
                for (FamilyWeek week : byFamily(weeks)) {
                    csv.printRecord(athleteId, week.week(), week.family(), week.lifts(), week.workingSets(),
                            week.hardSets(), week.volumeLoadKg().toPlainString());
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the weekly volume export", e);
        }
    }

    /** The lifts' weeks summed per family, as a complete panel of weeks × the families trained. */
    public static List<FamilyWeek> byFamily(List<LiftWeek> weeks) {
        if (weeks.isEmpty()) {
            return List.of();
        }
        Set<MovementFamily> families = EnumSet.noneOf(MovementFamily.class);
        TreeMap<LocalDate, Map<MovementFamily, FamilyWeek>> sums = new TreeMap<>();
        for (LiftWeek week : weeks) {
            MovementFamily family = LiftTitles.family(week.lift());
            families.add(family);
            sums.computeIfAbsent(week.week(), monday -> new EnumMap<>(MovementFamily.class)).merge(family,
                    new FamilyWeek(week.week(), family, 1, week.workingSets(), week.hardSets(), week.volumeLoadKg()),
                    (a, b) -> new FamilyWeek(a.week(), family, a.lifts() + b.lifts(), a.workingSets() + b.workingSets(),
                            a.hardSets() + b.hardSets(), a.volumeLoadKg().add(b.volumeLoadKg())));
        }
        List<FamilyWeek> panel = new ArrayList<>();
        for (LocalDate monday = sums.firstKey(); !monday.isAfter(sums.lastKey()); monday = monday.plusWeeks(1)) {
            Map<MovementFamily, FamilyWeek> week = sums.getOrDefault(monday, Map.of());
            for (MovementFamily family : families) {
                panel.add(week.getOrDefault(family, new FamilyWeek(monday, family, 0, 0, 0, NONE)));
            }
        }
        return panel;
    }
}
