package dev.topset.analytics.report;

import dev.topset.analytics.coach.LiftReview;
import dev.topset.analytics.review.LiftHistory;
import dev.topset.analytics.review.SessionSummary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.SimpleDateFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.TreeMap;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimePeriodValues;
import org.jfree.data.time.TimePeriodValuesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Renders the report charts as PNG with JFreeChart, headless (no display needed on a server).
 *
 * <ul>
 *   <li>{@link ChartKind#E1RM}: e1RM per session over time, with the least-squares line over the days;</li>
 *   <li>{@link ChartKind#RPE}: top-set RPE per session against the plan's RPE range (shaded), with the
 *       mean backoff RPE for comparison;</li>
 *   <li>{@link ChartKind#VOLUME}: backoff volume load (Σ load × reps) per week.</li>
 * </ul>
 * Every chart has a time axis in days, weeks or months (never clock times, even for a single session) whose
 * labels the axis spaces itself, so two years of weekly bars stay readable. {@link #hasData} says whether a chart
 * would show anything: a history logged without RPE has no RPE chart, and a report says so instead of drawing one.
 * The reports draw a lift's full history ({@link LiftHistory}); {@link #points} says how many points a chart has,
 * so a chart can be checked against the CSV.
 */
public final class ChartRenderer {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 400;

    /** The narrowest date axis: a single session is drawn in a fortnight, not in milliseconds around it. */
    private static final int MIN_AXIS_DAYS = 14;
    /** The narrowest week axis: one week's bar takes a quarter of the chart, not all of it. */
    private static final int MIN_WEEK_AXIS_DAYS = 28;
    private static final double MIN_E1RM_RANGE = 10;

    static {
        // Spring Boot sets this too; the renderer must also work in plain tests and tools.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** A chart of the review window (the sessions the recommendation was judged on). */
    public byte[] png(LiftReview review, ChartKind kind) {
        return png(window(review), kind);
    }

    /** A chart of the given sessions (a lift's full history in the reports). */
    public byte[] png(LiftHistory history, ChartKind kind) {
        JFreeChart chart = chart(history, kind);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the " + kind.slug() + " chart", e);
        }
    }

    /** The chart as JFreeChart draws it (the PNG of {@link #png(LiftHistory, ChartKind)}). */
    JFreeChart chart(LiftHistory history, ChartKind kind) {
        JFreeChart chart = switch (kind) {
            case E1RM -> e1rm(history);
            case RPE -> rpe(history);
            case VOLUME -> volume(history);
        };
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * Whether the chart would show any data: an e1RM, an RPE (top set or backoffs), a week with backoff volume.
     * Imported histories often have none of the latter two.
     */
    public boolean hasData(LiftHistory history, ChartKind kind) {
        return switch (kind) {
            case E1RM -> e1rmSeries(history).getItemCount() > 0;
            case RPE -> history.sessions().stream().anyMatch(s -> s.topRpe() != null || s.backoffRpeMean() != null);
            case VOLUME -> weeklyBackoffVolume(history).values().stream().anyMatch(volume -> volume.signum() > 0);
        };
    }

    /**
     * How many data points the chart's main series has: sessions with an e1RM ({@link ChartKind#E1RM}),
     * sessions with a top-set RPE ({@link ChartKind#RPE}), ISO weeks with a session ({@link ChartKind#VOLUME}).
     */
    public int points(LiftHistory history, ChartKind kind) {
        return switch (kind) {
            case E1RM -> e1rmSeries(history).getItemCount();
            case RPE -> topRpeSeries(history).getItemCount();
            case VOLUME -> weeklyBackoffVolume(history).size();
        };
    }

    /** The review window as a history: the same sessions the rules saw. */
    public static LiftHistory window(LiftReview review) {
        return new LiftHistory(review.athleteId(), review.lift(), review.window().unit(),
                review.plan().topSet().rpeMin(), review.plan().topSet().rpeMax(), review.window().sessions());
    }

    /**
     * Backoff volume load (Σ load × reps) per ISO week (Monday to Sunday), keyed by the week's Monday, weeks
     * without a session of the lift left out.
     */
    public static SortedMap<LocalDate, BigDecimal> weeklyBackoffVolume(LiftHistory history) {
        SortedMap<LocalDate, BigDecimal> weeks = new TreeMap<>();
        for (SessionSummary s : history.sessions()) {
            weeks.merge(s.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), s.backoffVolumeLoad(),
                    BigDecimal::add);
        }
        return weeks;
    }

    private static XYSeries e1rmSeries(LiftHistory history) {
        XYSeries e1rm = new XYSeries("e1RM", true, true);
        history.sessions().stream().filter(s -> s.e1rm() != null).forEach(s -> e1rm.add(millis(s), s.e1rm()));
        return e1rm;
    }

    private static XYSeries topRpeSeries(LiftHistory history) {
        XYSeries top = new XYSeries("top-set RPE", true, true);
        history.sessions().stream().filter(s -> s.topRpe() != null).forEach(s -> top.add(millis(s), s.topRpe()));
        return top;
    }

    private JFreeChart e1rm(LiftHistory history) {
        XYSeries e1rm = e1rmSeries(history);
        XYSeriesCollection data = new XYSeriesCollection(e1rm);
        // Least squares of e1RM over calendar days, so uneven gaps between sessions are drawn honestly.
        List<SessionSummary> rated = history.sessions().stream().filter(s -> s.e1rm() != null).toList();
        if (rated.size() >= 2) {
            LocalDate first = rated.get(0).date();
            double meanDay = rated.stream().mapToLong(s -> ChronoUnit.DAYS.between(first, s.date())).average().orElse(0);
            double meanE1rm = rated.stream().mapToDouble(s -> s.e1rm().doubleValue()).average().orElse(0);
            double sxx = 0;
            double sxy = 0;
            for (SessionSummary s : rated) {
                double dx = ChronoUnit.DAYS.between(first, s.date()) - meanDay;
                sxx += dx * dx;
                sxy += dx * (s.e1rm().doubleValue() - meanE1rm);
            }
            if (sxx > 0) {
                double slopePerDay = sxy / sxx;
                XYSeries trend = new XYSeries("trend (" + BigDecimal.valueOf(slopePerDay * 7)
                        .setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + unit(history) + " per week)", true,
                        true);
                for (SessionSummary s : List.of(rated.get(0), rated.get(rated.size() - 1))) {
                    trend.add(millis(s), meanE1rm + slopePerDay * (ChronoUnit.DAYS.between(first, s.date()) - meanDay));
                }
                data.addSeries(trend);
            }
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title(history, ChartKind.E1RM), "session date",
                "e1RM (" + unit(history) + ")", data, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(sessionAxis(history));
        plot.setRenderer(lineWithPoints());
        NumberAxis e1rmAxis = (NumberAxis) plot.getRangeAxis();
        e1rmAxis.setAutoRangeIncludesZero(false);
        // one session, or the same e1RM every time, would give a zero-high axis labelled 7.7E1 at every tick
        e1rmAxis.setAutoRangeMinimumSize(MIN_E1RM_RANGE);
        e1rmAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    private JFreeChart rpe(LiftHistory history) {
        XYSeries top = topRpeSeries(history);
        XYSeries backoff = new XYSeries("mean backoff RPE", true, true);
        history.sessions().stream().filter(s -> s.backoffRpeMean() != null)
                .forEach(s -> backoff.add(millis(s), s.backoffRpeMean()));
        XYSeriesCollection data = new XYSeriesCollection(top);
        data.addSeries(backoff);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title(history, ChartKind.RPE), "session date", "RPE",
                data, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(sessionAxis(history));
        plot.setRenderer(lineWithPoints());
        IntervalMarker target = new IntervalMarker(history.rpeMin().doubleValue(), history.rpeMax().doubleValue(),
                new Color(0, 150, 0, 40));
        target.setLabel("top-set target");
        target.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        target.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addRangeMarker(target);
        plot.getRangeAxis().setRange(5, 10.5);
        return chart;
    }

    private JFreeChart volume(LiftHistory history) {
        // Each week is a bar from Monday to Sunday on a date axis: the axis picks how many weeks to label.
        TimePeriodValues weeks = new TimePeriodValues("backoff volume load");
        weeklyBackoffVolume(history).forEach((monday, volume) -> weeks.add(new SimpleTimePeriod(
                new Date(millis(monday)), new Date(millis(monday.plusWeeks(1)) - 1)), volume));
        JFreeChart chart = ChartFactory.createXYBarChart(title(history, ChartKind.VOLUME), "week (Monday to Sunday)",
                true, "backoff load x reps per week (" + unit(history) + ")", new TimePeriodValuesCollection(weeks),
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        SortedMap<LocalDate, BigDecimal> trained = weeklyBackoffVolume(history);
        plot.setDomainAxis(trained.isEmpty() ? sessionAxis(history) : dateAxis("week (Monday to Sunday)",
                trained.firstKey().minusDays(3), trained.lastKey().plusDays(7 + 3), MIN_WEEK_AXIS_DAYS));
        XYBarRenderer bars = (XYBarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setMargin(0.15);
        bars.setSeriesPaint(0, new Color(60, 110, 180));
        return chart;
    }

    /** The session dates with a few days either side, at least {@value #MIN_AXIS_DAYS} days. */
    private static DateAxis sessionAxis(LiftHistory history) {
        if (history.sessions().isEmpty()) {
            return dateAxis("session date", null, null, MIN_AXIS_DAYS);
        }
        return dateAxis("session date", history.sessions().get(0).date().minusDays(3),
                history.sessions().get(history.sessions().size() - 1).date().plusDays(3), MIN_AXIS_DAYS);
    }

    /**
     * A date axis from {@code lower} to {@code upper} (null: automatic), widened to at least {@code minDays}, ticking in
     * days, weeks, months or years and labelling them as dates (JFreeChart's defaults fall back to clock times on a
     * short range). The axis picks the tick unit whose labels fit, so labels never overlap.
     */
    private static DateAxis dateAxis(String label, LocalDate lower, LocalDate upper, int minDays) {
        DateAxis axis = new DateAxis(label, TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ENGLISH);
        TickUnits units = new TickUnits();
        units.add(new DateTickUnit(DateTickUnitType.DAY, 1, format("d MMM")));
        units.add(new DateTickUnit(DateTickUnitType.DAY, 2, format("d MMM")));
        units.add(new DateTickUnit(DateTickUnitType.DAY, 7, format("d MMM")));
        units.add(new DateTickUnit(DateTickUnitType.DAY, 14, format("d MMM")));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 1, format("MMM yy")));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 2, format("MMM yy")));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 3, format("MMM yy")));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 6, format("MMM yy")));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 1, format("yyyy")));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 2, format("yyyy")));
        axis.setStandardTickUnits(units);
        axis.setAutoTickUnitSelection(true);
        if (lower != null && upper != null) {
            long missing = minDays - ChronoUnit.DAYS.between(lower, upper);
            LocalDate from = missing > 0 ? lower.minusDays(missing / 2) : lower;
            LocalDate to = missing > 0 ? upper.plusDays(missing - missing / 2) : upper;
            axis.setRange(new Date(millis(from)), new Date(millis(to)));
        }
        return axis;
    }

    private static SimpleDateFormat format(String pattern) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ENGLISH);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return format;
    }

    private static XYLineAndShapeRenderer lineWithPoints() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, new Color(200, 60, 60));
        renderer.setSeriesPaint(1, new Color(60, 110, 180));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        return renderer;
    }

    private static long millis(SessionSummary session) {
        return millis(session.date());
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static String title(LiftHistory history, ChartKind kind) {
        return kind.title() + " - " + LiftTitles.title(history.lift());
    }

    private static String unit(LiftHistory history) {
        return history.unit().name().toLowerCase(Locale.ROOT);
    }
}
