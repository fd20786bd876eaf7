package dev.topset.analytics.report;

import dev.topset.analytics.history.LiftWeek;
import dev.topset.science.exercise.MovementFamily;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trend report's weekly volume: the last {@value #WEEKS} weeks of the period, newest first, a column per movement
 * family trained, each cell the week's working sets (hard sets in brackets when any were logged hard) and a total
 * volume load. The same numbers as {@code weeks.csv?by=family}, which holds every week.
 */
final class WeeklyVolumeTable {

    static final int WEEKS = 12;

    private WeeklyVolumeTable() {
    }

    static void write(StringBuilder html, List<LiftWeek> lifts) {
        List<WeeklyVolumeReport.FamilyWeek> panel = WeeklyVolumeReport.byFamily(lifts);
        if (panel.isEmpty()) {
            return;
        }
        Map<LocalDate, List<WeeklyVolumeReport.FamilyWeek>> byWeek = new LinkedHashMap<>();
        panel.forEach(week -> byWeek.computeIfAbsent(week.week(), monday -> new ArrayList<>()).add(week));
        List<LocalDate> weeks = new ArrayList<>(byWeek.keySet());
        List<LocalDate> shown = new ArrayList<>();
        for (int i = weeks.size() - 1; i >= Math.max(0, weeks.size() - WEEKS); i--) {
            shown.add(weeks.get(i));
        }
        List<MovementFamily> families = byWeek.get(weeks.get(0)).stream().map(WeeklyVolumeReport.FamilyWeek::family)
                .toList();
        html.append("<h2 id=\"weekly-volume\">Weekly volume</h2>\n<p class=\"meta\">Working sets per movement family")
                .append(" (hard sets, logged at RPE 7 or more or RIR 3 or less, in brackets) and volume load, the last ")
                .append(shown.size()).append(shown.size() == 1 ? " week" : " weeks").append(".</p>\n")
                .append("<div class=\"table-wrap\"><table>\n<tr><th>Week of</th>");
        families.forEach(family -> html.append("<th class=\"num\">").append(LiftTitles.family(family)).append("</th>"));
        html.append("<th class=\"num\">Volume (kg)</th></tr>\n");
        for (LocalDate monday : shown) {
            html.append("<tr><td>").append(ReportDates.day(monday)).append("</td>");
            BigDecimal volume = BigDecimal.ZERO;
            for (WeeklyVolumeReport.FamilyWeek week : byWeek.get(monday)) {
                html.append("<td class=\"num\">").append(week.workingSets() == 0 ? "–" : week.workingSets()
                        + (week.hardSets() > 0 ? " (" + week.hardSets() + ")" : "")).append("</td>");
                volume = volume.add(week.volumeLoadKg());
            }
            html.append("<td class=\"num\">").append(volume.setScale(0, RoundingMode.HALF_UP).toPlainString())
                    .append("</td></tr>\n");
        }
        html.append("</table></div>\n");
    }
}
