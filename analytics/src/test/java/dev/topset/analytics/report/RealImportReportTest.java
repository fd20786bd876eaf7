package dev.topset.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.history.LiftWeek;
import dev.topset.analytics.plan.PlannedLift;
import dev.topset.analytics.review.LiftHistory;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionWindow;
import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.TrainingLog;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reports on a history as the Strong and Hevy imports leave it (issue 19, point 9): no RPE anywhere, lifts
 * trained once or for months, main lifts and accessories whose keys sort alphabetically in the wrong order.
 */
class RealImportReportTest {

    private static final UUID SAM = UUID.fromString("3f2a9c1e-5b7d-4e21-9a0c-6d1e2f3a4b5c");
    private static final Pattern CLOCK_TIME = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern DATE_LABEL = Pattern.compile("\\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \\d{2}|\\d{4}");

    private final ChartRenderer charts = new ChartRenderer();
    private final HtmlReport report = new HtmlReport(charts);

    /** Sets as an import records them: the heaviest set is the top set, the lighter ones after it backoffs, no RPE. */
    private static LiftHistory imported(String lift, int sessions, double topKg, double backoffKg) {
        TrainingLog log = TrainingLog.of(SAM, lift);
        for (int i = 0; i < sessions; i++) {
            log.session(LocalDate.parse("2025-03-03").plusWeeks(i).toString())
                    .top(String.valueOf(topKg + 2.5 * (i / 2)), 5, null)
                    .backoffs(String.valueOf(backoffKg), 8, null, null, null);
        }
        return history(log, lift);
    }

    private static LiftHistory history(TrainingLog log, String lift) {
        PlannedLift plan = new PlannedLift(lift, Plans.squat().plan());
        LiftWindow all = SessionWindow.of(log.athleteId(), plan).lastSessions(Integer.MAX_VALUE).build(log.sets());
        return new LiftHistory(log.athleteId(), lift, all.unit(), plan.topSet().rpeMin(), plan.topSet().rpeMax(),
                all.sessions());
    }

    @Test
    void aHistoryWithoutRpeHasASentenceWhereTheEmptyRpeChartWas() {
        String noRpe = report.renderTrends(ReportedAthlete.of(SAM, Optional.empty()), null, null,
                List.of(imported("squat", 6, 100, 80), imported("deadlift", 6, 140, 120)));
        TrainingLog rated = TrainingLog.of(SAM, "bench-press").session("2025-03-04").top("80", 5, "8")
                .session("2025-03-11").top("82.5", 5, "8.5");
        String someRpe = report.renderTrends(ReportedAthlete.of(SAM, Optional.empty()), null, null,
                List.of(imported("squat", 6, 100, 80), history(rated, "bench-press")));
        String liftReport = report.render(ReportFixture.review(), imported("squat", 6, 100, 80),
                ReportedAthlete.of(SAM, Optional.empty()));

        assertThat(noRpe).doesNotContain("data-chart=\"rpe\" data-points", "00:00:00.000")
                .contains("data-lift=\"squat\" data-chart=\"e1rm\" data-points=\"6\"");
        assertThat(noRpe.split("data-chart=\"rpe\"", -1)).as("said once for the page").hasSize(2);
        assertThat(noRpe).contains("<p class=\"empty\" data-chart=\"rpe\">No effort charts: no set in this period "
                + "was logged with an RPE or RIR");
        assertThat(someRpe).contains("data-lift=\"bench-press\" data-chart=\"rpe\" data-points=\"2\"",
                "<p class=\"empty\" data-lift=\"squat\" data-chart=\"rpe\">No effort chart for Back Squat: "
                        + "no set was logged with an RPE or RIR.");
        assertThat(liftReport).contains("<p class=\"empty\" data-lift=\"squat\" data-chart=\"rpe\">No effort chart");
    }

    @Test
    void theWeeklyVolumeTableShowsTheLastWeeksPerFamilyNewestFirst() {
        List<LiftWeek> weeks = List.of(
                new LiftWeek(LocalDate.parse("2026-11-02"), "deadlift", 1, 1, new BigDecimal("551.1")),
                new LiftWeek(LocalDate.parse("2026-11-02"), "front-squat", 1, 0, new BigDecimal("300.0")),
                new LiftWeek(LocalDate.parse("2026-11-02"), "squat", 3, 2, new BigDecimal("1900.0")),
                new LiftWeek(LocalDate.parse("2026-11-16"), "leg-press", 3, 0, new BigDecimal("5800.0")));

        String html = report.renderTrends(ReportedAthlete.of(SAM, Optional.empty()), null, null,
                List.of(imported("squat", 3, 100, 80)), weeks);

        String table = html.substring(html.indexOf("<h2 id=\"weekly-volume\">"), html.indexOf("</table>"));
        assertThat(table).contains("<th>Week of</th><th class=\"num\">Squat</th><th class=\"num\">Hinge</th>"
                + "<th class=\"num\">Volume (kg)</th>");
        assertThat(table.indexOf("16 Nov 2026")).isLessThan(table.indexOf("9 Nov 2026"));
        assertThat(table).contains("<td>16 Nov 2026</td><td class=\"num\">3</td><td class=\"num\">–</td>"
                        + "<td class=\"num\">5800</td>",
                "<td>9 Nov 2026</td><td class=\"num\">–</td><td class=\"num\">–</td><td class=\"num\">0</td>",
                "<td>2 Nov 2026</td><td class=\"num\">4 (2)</td><td class=\"num\">1 (1)</td>"
                        + "<td class=\"num\">2751</td>");
    }

    @Test
    void aLiftTrainedOnceIsASentenceNotThreeSinglePointCharts() {
        String html = report.renderTrends(ReportedAthlete.of(SAM, Optional.empty()), null, null,
                List.of(imported("squat", 4, 100, 80), imported("front-squat", 1, 70, 60)));

        assertThat(html).contains("<p class=\"empty\" data-lift=\"front-squat\">One session of Front Squat so far: "
                + "its charts start with the second.</p>").doesNotContain("data-lift=\"front-squat\" data-chart");
    }

    /** The PNG endpoint still draws a single session. */
    @Test
    void aLiftTrainedOnceHasAReadableE1rmAxis() {
        JFreeChart chart = charts.chart(imported("front-squat", 1, 70, 60), ChartKind.E1RM);
        BufferedImage image = new BufferedImage(ChartRenderer.WIDTH, ChartRenderer.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, ChartRenderer.WIDTH, ChartRenderer.HEIGHT), info);

        List<?> ticks = chart.getXYPlot().getRangeAxis().refreshTicks(g2, new AxisState(),
                info.getPlotInfo().getDataArea(), RectangleEdge.LEFT);
        List<String> labels = ticks.stream().map(tick -> ((ValueTick) tick).getText())
                .filter(label -> !label.isEmpty()).toList();

        assertThat(labels).hasSizeGreaterThan(2).doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).matches("\\d+"));
    }

    /** One session is the usual case for an imported accessory: the axis must still read as dates. */
    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void dateAxesAreLabelledWithDatesNeverClockTimes(ChartKind kind) {
        TrainingLog once = TrainingLog.of(SAM, "squat").session("2025-03-04").top("100", 5, "8")
                .backoffs("80", 8, "7", "7.5");
        for (LiftHistory history : List.of(history(once, "squat"), imported("squat", 1, 100, 80),
                imported("squat", 30, 100, 80))) {
            if (!charts.hasData(history, kind)) {
                continue;
            }
            List<String> labels = tickLabels(charts.chart(history, kind)).stream().map(Tick::label).toList();

            assertThat(labels).as(kind + " over " + history.sessions().size() + " sessions").isNotEmpty()
                    .allSatisfy(label -> {
                        assertThat(label).doesNotContainPattern(CLOCK_TIME);
                        assertThat(label).matches(DATE_LABEL);
                    });
        }
    }

    @Test
    void twoYearsOfWeeklyVolumeHaveLabelsThatDoNotOverlap() {
        LiftHistory twoYears = imported("squat", 104, 100, 80);

        List<Tick> ticks = tickLabels(charts.chart(twoYears, ChartKind.VOLUME));

        assertThat(ticks).hasSizeGreaterThan(3);
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(ticks.get(i).left()).as(ticks.get(i - 1).label() + " then " + ticks.get(i).label())
                    .isGreaterThan(ticks.get(i - 1).right());
        }
    }

    @Test
    void mainLiftsComeFirstInTrainingOrderThenAccessoriesByVolume() {
        List<LiftHistory> alphabetical = List.of(
                imported("barbell-row", 8, 70, 60),
                imported("bench-press", 8, 80, 70),
                imported("bicep-curl-dumbbell", 8, 15, 12),
                imported("deadlift", 8, 150, 120),
                imported("lat-pulldown", 8, 60, 50),
                imported("leg-press", 8, 200, 180),
                imported("overhead-press", 8, 50, 40),
                imported("squat", 8, 120, 100));

        String html = report.renderTrends(ReportedAthlete.of(SAM, Optional.empty()), null, null, alphabetical);

        assertThat(sectionOrder(html)).containsExactly("squat", "deadlift", "bench-press", "overhead-press",
                "barbell-row", "leg-press", "lat-pulldown", "bicep-curl-dumbbell");
    }

    @Test
    void theAthleteIsNamedAndNoFullIdIsShownOnThePage() {
        String named = report.renderTrends(ReportedAthlete.of(SAM, Optional.of("Sam Lifter")), null, null,
                List.of(imported("squat", 3, 100, 80)));
        String unnamed = report.renderTrends(ReportedAthlete.of(SAM, Optional.empty()), null, null,
                List.of(imported("squat", 3, 100, 80)));

        assertThat(named).contains("<h1>Training report: Sam Lifter</h1>", "<title>Training report - Sam Lifter")
                .doesNotContain(SAM.toString());
        assertThat(unnamed).contains("<h1>Training report: athlete 3f2a9c1e</h1>").doesNotContain(SAM.toString());
        assertThat(visibleText(named)).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}");
    }

    @Test
    void theHeadlineAndPlanAreWordsNotEnumConstants() {
        String html = report.render(ReportFixture.review(), ChartRenderer.window(ReportFixture.review()),
                ReportedAthlete.of(TrainingLog.ATHLETE, Optional.of("Sam Lifter")));

        assertThat(html).containsPattern("<h2>Next session: [A-Z][a-z]+( [a-z]+)*</h2>")
                .contains("<h1>Back Squat</h1>",
                        "Sam Lifter · 4 sessions from 6 Jan 2025 to 27 Jan 2025 · loads in kg · plan: linear progression");
        assertThat(visibleText(html)).doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
    }

    @Test
    void theSessionTableIsAFewReadableColumnsThatScrollInsideTheirBox() {
        String html = report.renderTrends(ReportedAthlete.of(SAM, Optional.empty()), null, null,
                List.of(imported("squat", 3, 100, 80)));

        String header = html.substring(html.indexOf("<table>"), html.indexOf("</tr>", html.indexOf("<table>")));
        assertThat(header.split("<th", -1)).hasSizeLessThanOrEqualTo(9);
        assertThat(header).doesNotContainPattern("[a-z]+_[a-z]+");
        assertThat(html).contains("<div class=\"table-wrap\"><table>", ".table-wrap{overflow-x:auto}",
                "img{max-width:100%;height:auto}", "name=\"viewport\"",
                "<td>Mon 3 Mar 2025</td><td>100 × 5</td>", "<td>3 sets, 24 reps at 80</td>");
    }

    private static List<String> sectionOrder(String html) {
        List<String> lifts = new ArrayList<>();
        var matcher = Pattern.compile("<section id=\"([^\"]+)\">").matcher(html);
        while (matcher.find()) {
            lifts.add(matcher.group(1));
        }
        return lifts;
    }

    /** The page's text as a reader sees it: tags, their attributes and the embedded images left out. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]*>", " ");
    }

    private record Tick(String label, double left, double right) {
    }

    /** The date axis' tick labels where JFreeChart puts them when it draws the chart at the report's size. */
    private static List<Tick> tickLabels(JFreeChart chart) {
        BufferedImage image = new BufferedImage(ChartRenderer.WIDTH, ChartRenderer.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, ChartRenderer.WIDTH, ChartRenderer.HEIGHT), info);
        Rectangle2D dataArea = info.getPlotInfo().getDataArea();
        DateAxis axis = (DateAxis) chart.getXYPlot().getDomainAxis();
        Font font = axis.getTickLabelFont();
        FontMetrics metrics = g2.getFontMetrics(font);
        List<Tick> ticks = new ArrayList<>();
        for (Object tick : axis.refreshTicks(g2, new AxisState(), dataArea, RectangleEdge.BOTTOM)) {
            ValueTick value = (ValueTick) tick;
            double x = axis.valueToJava2D(value.getValue(), dataArea, RectangleEdge.BOTTOM);
            double width = metrics.stringWidth(value.getText());
            ticks.add(new Tick(value.getText(), x - width / 2, x + width / 2));
        }
        g2.dispose();
        return ticks;
    }
}
