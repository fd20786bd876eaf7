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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.SortedMap;
import java.util.TreeMap;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
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
 * The reports draw a lift's full history ({@link LiftHistory}); {@link #points} says how many points a chart has,
 * so a chart can be checked against the CSV.
 */
public final class ChartRenderer {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 400;

    private static final DateTimeFormatter WEEK_OF = DateTimeFormatter.ofPattern("d MMM yy", Locale.ROOT);

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
        JFreeChart chart = switch (kind) {
            case E1RM -> e1rm(history);
            case RPE -> rpe(history);
            case VOLUME -> volume(history);
        };
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the " + kind.slug() + " chart", e);
        }
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
                        .setScale(2, RoundingMode.HALF_UP).toPlainString() + " per week)", true, true);
                for (SessionSummary s : List.of(rated.get(0), rated.get(rated.size() - 1))) {
                    trend.add(millis(s), meanE1rm + slopePerDay * (ChronoUnit.DAYS.between(first, s.date()) - meanDay));
                }
                data.addSeries(trend);
            }
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title(history, ChartKind.E1RM), "session date",
                "e1RM (" + unit(history) + ")", data, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(lineWithPoints());
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
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
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        SortedMap<LocalDate, BigDecimal> weeks = weeklyBackoffVolume(history);
        weeks.forEach((monday, volume) -> data.addValue(volume, "backoff volume load",
                monday.format(WEEK_OF)));
        JFreeChart chart = ChartFactory.createBarChart(title(history, ChartKind.VOLUME), "week (Monday)",
                "backoff load x reps per week (" + unit(history) + ")", data, PlotOrientation.VERTICAL, true, false,
                false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, new Color(60, 110, 180));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(2f);
        if (weeks.size() > 12) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        if (weeks.size() > 26) {
            plot.getDomainAxis().setTickLabelFont(plot.getDomainAxis().getTickLabelFont().deriveFont(8f));
        }
        return chart;
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
        return session.date().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static String title(LiftHistory history, ChartKind kind) {
        return kind.title() + " - " + history.lift();
    }

    private static String unit(LiftHistory history) {
        return history.unit().name().toLowerCase(Locale.ROOT);
    }
}
