package dev.topset.analytics.report;

import dev.topset.analytics.review.LiftHistory;
import dev.topset.analytics.review.SessionSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A lift's sessions as a lifter reads them: date, top set as written in a log book ("140 × 5 @ 8"), e1RM, backoffs,
 * their effort, volume and what went wrong, one row per session, newest last. The session is named by a short id
 * (the full one in its tooltip and in the CSV); the export's other columns stay in the CSV. The table scrolls
 * sideways inside its box on a narrow screen instead of widening the page.
 */
final class SessionTable {

    private SessionTable() {
    }

    static void write(StringBuilder html, LiftHistory history) {
        String unit = history.unit().name().toLowerCase(Locale.ROOT);
        html.append("<div class=\"table-wrap\"><table>\n<tr><th>Date</th><th>Top set (").append(unit)
                .append(")</th><th class=\"num\">e1RM</th><th>Backoffs</th><th class=\"num\">Backoff RPE</th>")
                .append("<th class=\"num\">Volume (").append(unit).append(" × reps)</th><th>Notes</th>")
                .append("<th>Session</th></tr>\n");
        for (SessionSummary s : history.sessions()) {
            html.append("<tr><td>").append(ReportDates.session(s.date())).append("</td><td>")
                    .append(HtmlReport.escape(topSet(s))).append("</td><td class=\"num\">").append(number(s.e1rm(), 1))
                    .append("</td><td>").append(HtmlReport.escape(backoffs(s))).append("</td><td class=\"num\">")
                    .append(number(s.backoffRpeMean(), 1)).append("</td><td class=\"num\">")
                    .append(number(s.volumeLoad(), 0)).append("</td><td>").append(HtmlReport.escape(notes(s)))
                    .append("</td><td><code title=\"").append(s.sessionId()).append("\">")
                    .append(ReportedAthlete.shortId(s.sessionId())).append("</code></td></tr>\n");
        }
        html.append("</table></div>\n");
    }

    /** "140 × 5 @ 8", "140 × 5" without RPE, "(2 top sets)" when there were more. */
    static String topSet(SessionSummary s) {
        StringBuilder text = new StringBuilder(plain(s.topLoad())).append(" × ").append(s.topReps());
        if (s.topRpe() != null) {
            text.append(" @ ").append(plain(s.topRpe()));
        }
        if (s.topSets() > 1) {
            text.append(" (").append(s.topSets()).append(" top sets)");
        }
        return text.toString();
    }

    /** "3 sets, 15 reps at 120", "2 of 3 sets, ...", or a dash. */
    static String backoffs(SessionSummary s) {
        if (s.backoffSetsDone() == 0) {
            return s.backoffSetsPlanned() > 0 ? "none of " + s.backoffSetsPlanned() + " planned" : "–";
        }
        String sets = s.backoffSetsDone() < s.backoffSetsPlanned()
                ? s.backoffSetsDone() + " of " + s.backoffSetsPlanned() + " sets"
                : s.backoffSetsDone() + (s.backoffSetsDone() == 1 ? " set" : " sets");
        return sets + ", " + s.backoffReps() + " reps at " + plain(s.backoffLoad().setScale(1, RoundingMode.HALF_UP));
    }

    static String notes(SessionSummary s) {
        List<String> notes = new ArrayList<>();
        count(notes, s.topSetsToFailure(), "top set to failure", "top sets to failure");
        count(notes, s.backoffSetsMissed(), "backoff short", "backoffs short");
        count(notes, s.techniqueFlags(), "technique flag", "technique flags");
        count(notes, s.painFlags(), "pain flag", "pain flags");
        count(notes, s.failedReps(), "failed rep", "failed reps");
        return String.join(", ", notes);
    }

    private static void count(List<String> notes, int count, String one, String many) {
        if (count > 0) {
            notes.add(count == 1 ? one : count + " " + many);
        }
    }

    private static String number(BigDecimal value, int scale) {
        return value == null ? "–" : plain(value.setScale(scale, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
