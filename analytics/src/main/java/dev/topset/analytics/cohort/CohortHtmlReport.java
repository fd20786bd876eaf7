package dev.topset.analytics.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.web.util.HtmlUtils;

/**
 * The gym cohort as a self-contained HTML page: per lift the members, sessions and the distribution of e1RM
 * change. No athlete appears, not even pseudonymously: the page is an aggregate.
 */
final class CohortHtmlReport {

    private CohortHtmlReport() {
    }

    static String render(UUID gymId, LocalDate from, LocalDate to, List<CohortLiftSummary> lifts) {
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append("Gym cohort - topset</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:60em}")
                .append("table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:.25em .5em}")
                .append("td.n{text-align:right}</style>\n</head>\n<body>\n<h1>Gym cohort</h1>\n<p>Gym ")
                .append(HtmlUtils.htmlEscape(gymId.toString())).append(", members who share, ")
                .append(from == null && to == null ? "full history" : "from " + (from == null ? "the start" : from)
                        + " to " + (to == null ? "today" : to))
                .append(". e1RM change: each member's last session of the lift against their first, in percent.</p>\n")
                .append("<table>\n<tr><th>lift</th><th>members</th><th>sessions</th><th>members with a change</th>")
                .append("<th>min</th><th>25 %</th><th>median</th><th>75 %</th><th>max</th></tr>\n");
        for (CohortLiftSummary lift : lifts) {
            html.append("<tr><td>").append(HtmlUtils.htmlEscape(lift.lift())).append("</td>");
            cell(html, lift.members());
            cell(html, lift.sessions());
            cell(html, lift.membersWithChange());
            for (BigDecimal change : Arrays.asList(lift.minChange(), lift.p25Change(), lift.medianChange(),
                    lift.p75Change(), lift.maxChange())) {
                html.append("<td class=\"n\">").append(change == null ? "–" : change.toPlainString() + " %")
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        if (lifts.isEmpty()) {
            html.append("<tr><td colspan=\"9\">no member shares any trend in this period</td></tr>\n");
        }
        return html.append("</table>\n</body>\n</html>\n").toString();
    }

    private static void cell(StringBuilder html, int value) {
        html.append("<td class=\"n\">").append(value).append("</td>");
    }
}
