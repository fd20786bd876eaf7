package dev.topset.analytics.report;

import dev.topset.analytics.coach.LiftReview;
import dev.topset.analytics.history.LiftWeek;
import dev.topset.analytics.mistakes.Mistake;
import dev.topset.analytics.rules.Evidence;
import dev.topset.analytics.rules.Recommendation;
import dev.topset.analytics.rules.RuleCheck;
import dev.topset.analytics.review.LiftHistory;
import dev.topset.analytics.review.SessionSummary;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Self-contained HTML reports for a lifter and their coach: one athlete × lift (the recommendation with its
 * evidence, the mistakes, charts and sessions) and the athlete's trends over every lift.
 *
 * <p>The pages are written to be read, not parsed: the athlete by name, lifts by their catalogue names in training
 * order ({@link LiftOrder}), dates as dates, one readable session table ({@link SessionTable}) and a sentence where a
 * chart would be empty (imported histories rarely have RPE). Every number stays in the CSV and JSON exports, linked
 * from the page.
 *
 * <p>The charts are embedded as {@code data:image/png;base64} URIs rather than files next to the page:
 * one response, one file to mail or archive, and it opens offline in any browser — no second request
 * that could hit a newer review than the page.
 */
public final class HtmlReport {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;line-height:1.4;margin:0 auto;"
            + "padding:1em;max-width:60em;color:#222}"
            + "h1{margin-bottom:.2em}.meta{color:#555;margin-top:0}"
            + "img{max-width:100%;height:auto}figure{margin:1em 0}figcaption{color:#555;font-size:.9em}"
            + ".table-wrap{overflow-x:auto}"
            + "table{border-collapse:collapse;font-size:.9em}td,th{border-bottom:1px solid #ddd;padding:.3em .6em;"
            + "text-align:left;white-space:nowrap}th{background:#f4f4f4;white-space:normal;vertical-align:bottom}"
            + "td.num,th.num{text-align:right}"
            + ".rec{border-left:.4em solid #3c6eb4;padding:.5em 1em;background:#f3f6fb}"
            + ".empty{color:#555;font-style:italic}.mistake{color:#a33}code{font-size:.9em;color:#555}"
            + "nav a{margin-right:.8em;white-space:nowrap}";

    private final ChartRenderer charts;

    public HtmlReport(ChartRenderer charts) {
        this.charts = charts;
    }

    /** The report with charts and table of the review window only. */
    public String render(LiftReview review) {
        return render(review, ChartRenderer.window(review), ReportedAthlete.of(review.athleteId(), Optional.empty()));
    }

    /**
     * The review's recommendation and mistakes (judged on the window), with charts and session table of
     * {@code history} (the lift's full history).
     */
    public String render(LiftReview review, LiftHistory history, ReportedAthlete athlete) {
        Recommendation recommendation = review.recommendation();
        Evidence evidence = recommendation.evidence();
        String lift = LiftTitles.title(review.lift());
        StringBuilder html = new StringBuilder(64 * 1024);
        head(html, lift + " - " + athlete.label());
        html.append("<h1>").append(escape(lift)).append("</h1>\n<p class=\"meta\">")
                .append(escape(athlete.label())).append(" · ").append(sessions(history.sessions().size()))
                .append(span(history)).append(" · loads in ").append(unit(history)).append(" · plan: ")
                .append(escape(progression(review.plan().progression().method().name()))).append("</p>\n");

        html.append("<div class=\"rec\"><h2>Next session: ")
                .append(escape(LiftTitles.sentence(recommendation.type().name()))).append("</h2>\n<p><strong>")
                .append(escape(recommendation.advice())).append("</strong></p>\n<p>Why: ")
                .append(escape(evidence.reason())).append("</p>\n<p class=\"meta\">Judged on the last ")
                .append(sessions(review.window().sessions().size())).append(" (of ")
                .append(review.window().requestedSessions()).append(" asked for), rule ")
                .append(escape(evidence.rule())).append(".</p>\n");
        html.append("<details><summary>The numbers behind it</summary><div class=\"table-wrap\"><table>\n")
                .append("<tr><th>number</th><th>value</th></tr>\n");
        for (Map.Entry<String, Object> number : evidence.numbers().entrySet()) {
            html.append("<tr><td>").append(escape(number.getKey())).append("</td><td>")
                    .append(escape(format(number.getValue()))).append("</td></tr>\n");
        }
        html.append("</table></div></details>\n<details><summary>Rules checked</summary><ol>\n");
        for (RuleCheck check : evidence.checked()) {
            html.append("<li>").append(escape(check.rule())).append(check.fired() ? " - fired: " : " - passed: ")
                    .append(escape(check.reason())).append("</li>\n");
        }
        html.append("</ol></details></div>\n");

        html.append("<h2>Mistakes</h2>\n");
        if (review.mistakes().isEmpty()) {
            html.append("<p>None in the sessions judged.</p>\n");
        } else {
            html.append("<ul>\n");
            for (Mistake mistake : review.mistakes()) {
                html.append("<li class=\"mistake\"><strong>").append(escape(LiftTitles.sentence(mistake.code().name())))
                        .append("</strong>: ").append(escape(mistake.detail())).append("</li>\n");
            }
            html.append("</ul>\n");
        }

        html.append("<h2>Charts</h2>\n");
        charts(html, history, true);
        html.append("<h2>Sessions</h2>\n");
        SessionTable.write(html, history);
        html.append("<p class=\"meta\">Every column, with full ids: <a href=\"report.csv\">report.csv</a>, "
                + "<a href=\"report.json\">report.json</a>.</p>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /**
     * The athlete trend report: per lift ({@link LiftOrder}: main lifts first) the charts and the session table of
     * the given histories. Every chart image carries {@code data-lift}, {@code data-chart} and {@code data-points};
     * a chart without data is a {@code <p class="empty" data-chart=...>} sentence instead.
     */
    public String renderTrends(ReportedAthlete athlete, LocalDate from, LocalDate to, List<LiftHistory> lifts) {
        return renderTrends(athlete, from, to, lifts, List.of());
    }

    /** As {@link #renderTrends(ReportedAthlete, LocalDate, LocalDate, List)}, with the weekly volume per family. */
    public String renderTrends(ReportedAthlete athlete, LocalDate from, LocalDate to, List<LiftHistory> lifts,
                               List<LiftWeek> weeks) {
        List<LiftHistory> ordered = LiftOrder.sorted(lifts);
        StringBuilder html = new StringBuilder(256 * 1024);
        head(html, "Training report - " + athlete.label());
        html.append("<h1>Training report: ").append(escape(athlete.label())).append("</h1>\n<p class=\"meta\">")
                .append(escape(period(from, to, ordered))).append(" · ").append(ordered.size())
                .append(ordered.size() == 1 ? " lift" : " lifts").append(" with a top set</p>\n");
        if (ordered.isEmpty()) {
            html.append("<p class=\"empty\">No sessions with a top set in this period.</p>\n");
        } else {
            html.append("<nav>");
            for (LiftHistory lift : ordered) {
                html.append("<a href=\"#").append(escape(lift.lift())).append("\">")
                        .append(escape(LiftTitles.title(lift.lift()))).append("</a> ");
            }
            html.append(weeks.isEmpty() ? "" : "<a href=\"#weekly-volume\">Weekly volume</a>").append("</nav>\n");
        }
        WeeklyVolumeTable.write(html, weeks);
        // An import without RPE would repeat the same sentence in every lift's section: say it once.
        boolean anyRpe = ordered.stream().anyMatch(lift -> charts.hasData(lift, ChartKind.RPE));
        if (!ordered.isEmpty() && !anyRpe) {
            html.append("<p class=\"empty\" data-chart=\"rpe\">").append(escape(EmptyChart.noRpeAnywhere()))
                    .append("</p>\n");
        }
        for (LiftHistory lift : ordered) {
            html.append("<section id=\"").append(escape(lift.lift())).append("\">\n<h2>")
                    .append(escape(LiftTitles.title(lift.lift()))).append("</h2>\n<p class=\"meta\">")
                    .append(sessions(lift.sessions().size())).append(span(lift)).append(" · loads in ")
                    .append(unit(lift)).append("</p>\n");
            charts(html, lift, anyRpe);
            SessionTable.write(html, lift);
            html.append("</section>\n");
        }
        html.append("<p class=\"meta\">For analysis: every column of every session in <a href=\"trends.csv\">"
                + "trends.csv</a>, weekly sets and volume per lift and movement family in <a href=\"weeks.csv\">"
                + "weeks.csv</a> and <a href=\"weeks.csv?by=family\">weeks.csv?by=family</a>.</p>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append(" - topset</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
    }

    /**
     * The charts, a sentence for each without data; the RPE one left out entirely unless {@code rpe}. A lift trained
     * once has no trend to draw: one sentence instead of three single-point charts.
     */
    private void charts(StringBuilder html, LiftHistory history, boolean rpe) {
        if (history.sessions().size() == 1) {
            html.append("<p class=\"empty\" data-lift=\"").append(escape(history.lift())).append("\">")
                    .append(escape(EmptyChart.oneSession(LiftTitles.title(history.lift()))))
                    .append("</p>\n");
            return;
        }
        for (ChartKind kind : ChartKind.values()) {
            if (kind == ChartKind.RPE && !rpe) {
                continue;
            }
            if (!charts.hasData(history, kind)) {
                html.append("<p class=\"empty\" data-lift=\"").append(escape(history.lift()))
                        .append("\" data-chart=\"").append(kind.slug()).append("\">")
                        .append(escape(EmptyChart.sentence(kind, LiftTitles.title(history.lift()))))
                        .append("</p>\n");
                continue;
            }
            int points = charts.points(history, kind);
            html.append("<figure><img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(charts.png(history, kind)))
                    .append("\" alt=\"").append(escape(kind.title())).append("\" width=\"").append(ChartRenderer.WIDTH)
                    .append("\" height=\"").append(ChartRenderer.HEIGHT)
                    .append("\" data-lift=\"").append(escape(history.lift()))
                    .append("\" data-chart=\"").append(kind.slug())
                    .append("\" data-points=\"").append(points)
                    .append("\"><figcaption>").append(escape(kind.title())).append(" (").append(points)
                    .append(kind == ChartKind.VOLUME ? (points == 1 ? " week" : " weeks")
                            : (points == 1 ? " session" : " sessions"))
                    .append(")</figcaption></figure>\n");
        }
    }

    /** "LINEAR" → "linear progression", "DOUBLE_PROGRESSION" → "double progression". */
    private static String progression(String method) {
        String words = LiftTitles.sentence(method).toLowerCase(Locale.ROOT);
        return words.contains("progression") ? words : words + " progression";
    }

    private static String sessions(int count) {
        return count + (count == 1 ? " session" : " sessions");
    }

    /** ", 6 Jan 2025 to 30 Mar 2025" over the history's sessions, or nothing without any. */
    private static String span(LiftHistory history) {
        if (history.sessions().isEmpty()) {
            return "";
        }
        LocalDate first = history.sessions().get(0).date();
        LocalDate last = history.sessions().get(history.sessions().size() - 1).date();
        return first.equals(last) ? " on " + ReportDates.day(first)
                : " from " + ReportDates.day(first) + " to " + ReportDates.day(last);
    }

    /** The period asked for, with the sessions' own first and last date where it is open. */
    private static String period(LocalDate from, LocalDate to, List<LiftHistory> lifts) {
        Optional<LocalDate> first = lifts.stream().flatMap(lift -> lift.sessions().stream())
                .map(SessionSummary::date).min(LocalDate::compareTo);
        Optional<LocalDate> last = lifts.stream().flatMap(lift -> lift.sessions().stream())
                .map(SessionSummary::date).max(LocalDate::compareTo);
        LocalDate start = from != null ? from : first.orElse(null);
        LocalDate end = to != null ? to : last.orElse(null);
        if (start == null && end == null) {
            return "Full history";
        }
        return (start == null ? "From the start" : ReportDates.day(start)) + " to "
                + (end == null ? "today" : ReportDates.day(end));
    }

    private static String unit(LiftHistory history) {
        return history.unit().name().toLowerCase(Locale.ROOT);
    }

    private static String format(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(TrendColumns::text).toList());
        }
        return TrendColumns.text(value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
