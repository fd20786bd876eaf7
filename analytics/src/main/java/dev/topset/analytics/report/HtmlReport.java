package dev.topset.analytics.report;

import dev.topset.analytics.coach.LiftReview;
import dev.topset.analytics.mistakes.Mistake;
import dev.topset.analytics.rules.Evidence;
import dev.topset.analytics.rules.Recommendation;
import dev.topset.analytics.rules.RuleCheck;
import dev.topset.analytics.review.LiftHistory;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML report of one athlete × lift: the recommendation with its evidence, the
 * mistakes, the trend table and the three charts.
 *
 * <p>The charts are embedded as {@code data:image/png;base64} URIs rather than files next to the page:
 * one response, one file to mail or archive, and it opens offline in any browser — no second request
 * that could hit a newer review than the page.
 */
public final class HtmlReport {

    private final ChartRenderer charts;

    public HtmlReport(ChartRenderer charts) {
        this.charts = charts;
    }

    /** The report with charts and table of the review window only. */
    public String render(LiftReview review) {
        return render(review, ChartRenderer.window(review));
    }

    /**
     * The review's recommendation and mistakes (judged on the window), with charts and session table of
     * {@code history} (the lift's full history).
     */
    public String render(LiftReview review, LiftHistory history) {
        Recommendation recommendation = review.recommendation();
        Evidence evidence = recommendation.evidence();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(review.lift())).append(" review - topset</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:60em}")
                .append("table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:.25em .5em}")
                .append(".rec{border-left:.4em solid #3c6eb4;padding:.5em 1em;background:#f3f6fb}")
                .append(".mistake{color:#a33}</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(review.lift())).append("</h1>\n<p>Athlete ")
                .append(escape(review.athleteId().toString())).append(", recommendation from the last ")
                .append(review.window().sessions().size()).append(" of ").append(review.window().requestedSessions())
                .append(" sessions, charts and table over ").append(history.sessions().size())
                .append(" sessions, loads in ")
                .append(review.window().unit().name().toLowerCase()).append(", plan: ")
                .append(escape(review.plan().progression().method().name())).append("</p>\n");

        html.append("<div class=\"rec\"><h2>").append(escape(recommendation.type().name())).append("</h2>\n<p><strong>")
                .append(escape(recommendation.advice())).append("</strong></p>\n<p>Why: ")
                .append(escape(evidence.reason())).append(" (rule ").append(escape(evidence.rule())).append(")</p>\n");
        html.append("<table><tr><th>number</th><th>value</th></tr>\n");
        for (Map.Entry<String, Object> number : evidence.numbers().entrySet()) {
            html.append("<tr><td>").append(escape(number.getKey())).append("</td><td>")
                    .append(escape(format(number.getValue()))).append("</td></tr>\n");
        }
        html.append("</table>\n<details><summary>Rules checked</summary><ol>\n");
        for (RuleCheck check : evidence.checked()) {
            html.append("<li>").append(escape(check.rule())).append(check.fired() ? " - fired: " : " - passed: ")
                    .append(escape(check.reason())).append("</li>\n");
        }
        html.append("</ol></details></div>\n");

        html.append("<h2>Mistakes</h2>\n");
        if (review.mistakes().isEmpty()) {
            html.append("<p>None in this window.</p>\n");
        } else {
            html.append("<ul>\n");
            for (Mistake mistake : review.mistakes()) {
                html.append("<li class=\"mistake\"><strong>").append(escape(mistake.code().name()))
                        .append("</strong>: ").append(escape(mistake.detail())).append("</li>\n");
            }
            html.append("</ul>\n");
        }

        html.append("<h2>Charts</h2>\n");
        charts(html, history);
        html.append("<h2>Sessions</h2>\n");
        table(html, history);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /**
     * The athlete trend report: per lift (alphabetical) the three charts and the session table of the given
     * histories. Every chart image carries {@code data-lift}, {@code data-chart} and {@code data-points}.
     */
    public String renderTrends(UUID athleteId, LocalDate from, LocalDate to, List<LiftHistory> lifts) {
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append("Trends - topset</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:60em}")
                .append("table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:.25em .5em}")
                .append("</style>\n</head>\n<body>\n<h1>Trends</h1>\n<p>Athlete ")
                .append(escape(athleteId.toString())).append(", ")
                .append(from == null && to == null ? "full history" : "from " + (from == null ? "the start" : from)
                        + " to " + (to == null ? "today" : to))
                .append(", ").append(lifts.size()).append(lifts.size() == 1 ? " lift" : " lifts").append("</p>\n");
        if (lifts.isEmpty()) {
            html.append("<p>No sessions with a top set in this range.</p>\n");
        }
        for (LiftHistory lift : lifts) {
            html.append("<section>\n<h2>").append(escape(lift.lift())).append("</h2>\n<p>")
                    .append(lift.sessions().size()).append(" sessions, loads in ")
                    .append(lift.unit().name().toLowerCase(Locale.ROOT)).append("</p>\n");
            charts(html, lift);
            table(html, lift);
            html.append("</section>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void charts(StringBuilder html, LiftHistory history) {
        for (ChartKind kind : ChartKind.values()) {
            html.append("<figure><img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(charts.png(history, kind)))
                    .append("\" alt=\"").append(escape(kind.title())).append("\" width=\"").append(ChartRenderer.WIDTH)
                    .append("\" height=\"").append(ChartRenderer.HEIGHT)
                    .append("\" data-lift=\"").append(escape(history.lift()))
                    .append("\" data-chart=\"").append(kind.slug())
                    .append("\" data-points=\"").append(charts.points(history, kind))
                    .append("\"><figcaption>").append(escape(kind.title())).append(" (")
                    .append(charts.points(history, kind)).append(kind == ChartKind.VOLUME ? " weeks" : " sessions")
                    .append(")</figcaption></figure>\n");
        }
    }

    private static void table(StringBuilder html, LiftHistory history) {
        html.append("<table>\n<tr>");
        List<String> columns = TrendColumns.names();
        columns.stream().skip(3).forEach(column -> html.append("<th>").append(escape(column)).append("</th>"));
        html.append("</tr>\n");
        for (Map<String, Object> row : TrendColumns.rows(history)) {
            html.append("<tr>");
            row.entrySet().stream().skip(3).forEach(cell ->
                    html.append("<td>").append(escape(TrendColumns.text(cell.getValue()))).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
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
