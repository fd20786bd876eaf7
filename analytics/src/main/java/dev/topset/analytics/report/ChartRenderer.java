package dev.topset.analytics.report;

import dev.topset.analytics.coach.LiftReview;
import dev.topset.analytics.review.SessionSummary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
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
 *   <li>{@link ChartKind#E1RM}: e1RM per session over time, with the window's least-squares line;</li>
 *   <li>{@link ChartKind#RPE}: top-set RPE per session against the plan's RPE range (shaded), with the
 *       mean backoff RPE for comparison;</li>
 *   <li>{@link ChartKind#VOLUME}: backoff volume load (Σ load × reps) per session.</li>
 * </ul>
 * One point / bar per session of the window, so a chart can be checked against the CSV row by row.
 */
public final class ChartRenderer {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 400;

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

    static {
        // Spring Boot sets this too; the renderer must also work in plain tests and tools.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    public byte[] png(LiftReview review, ChartKind kind) {
        JFreeChart chart = switch (kind) {
            case E1RM -> e1rm(review);
            case RPE -> rpe(review);
            case VOLUME -> volume(review);
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

    private JFreeChart e1rm(LiftReview review) {
        List<SessionSummary> sessions = review.window().sessions();
        XYSeries e1rm = new XYSeries("e1RM");
        sessions.stream().filter(s -> s.e1rm() != null).forEach(s -> e1rm.add(millis(s), s.e1rm()));
        XYSeriesCollection data = new XYSeriesCollection(e1rm);
        BigDecimal slope = review.window().trends().e1rmSlopePerSession();
        if (slope != null) {
            // y = ȳ + b (i − ī) over the sessions with an e1RM: the same line the rules judged.
            double meanIndex = sessions.stream().filter(s -> s.e1rm() != null).mapToInt(SessionSummary::index)
                    .average().orElse(0);
            double meanE1rm = sessions.stream().filter(s -> s.e1rm() != null)
                    .mapToDouble(s -> s.e1rm().doubleValue()).average().orElse(0);
            XYSeries trend = new XYSeries("trend (" + slope.toPlainString() + " per session)");
            sessions.forEach(s -> trend.add(millis(s), meanE1rm + slope.doubleValue() * (s.index() - meanIndex)));
            data.addSeries(trend);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title(review, ChartKind.E1RM), "session date",
                "e1RM (" + unit(review) + ")", data, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(lineWithPoints());
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }

    private JFreeChart rpe(LiftReview review) {
        XYSeries top = new XYSeries("top-set RPE");
        XYSeries backoff = new XYSeries("mean backoff RPE");
        for (SessionSummary s : review.window().sessions()) {
            if (s.topRpe() != null) {
                top.add(millis(s), s.topRpe());
            }
            if (s.backoffRpeMean() != null) {
                backoff.add(millis(s), s.backoffRpeMean());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection(top);
        data.addSeries(backoff);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title(review, ChartKind.RPE), "session date", "RPE",
                data, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(lineWithPoints());
        IntervalMarker target = new IntervalMarker(review.plan().topSet().rpeMin().doubleValue(),
                review.plan().topSet().rpeMax().doubleValue(), new Color(0, 150, 0, 40));
        target.setLabel("top-set target");
        target.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        target.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addRangeMarker(target);
        plot.getRangeAxis().setRange(5, 10.5);
        return chart;
    }

    private JFreeChart volume(LiftReview review) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> labels = new HashSet<>();
        for (SessionSummary s : review.window().sessions()) {
            String label = s.date().format(SHORT_DATE);
            // A second session on one date gets its own bar.
            while (!labels.add(label)) {
                label = label + "'";
            }
            data.addValue(s.backoffVolumeLoad(), "backoff volume load", label);
        }
        JFreeChart chart = ChartFactory.createBarChart(title(review, ChartKind.VOLUME), "session",
                "backoff load x reps (" + unit(review) + ")", data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, new Color(60, 110, 180));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(2f);
        if (review.window().sessions().size() > 12) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
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

    private static String title(LiftReview review, ChartKind kind) {
        return kind.title() + " - " + review.lift();
    }

    private static String unit(LiftReview review) {
        return review.window().unit().name().toLowerCase();
    }
}
