package dev.topset.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.review.LiftHistory;
import dev.topset.analytics.review.LiftWindow;
import dev.topset.analytics.review.SessionWindow;
import dev.topset.analytics.support.Plans;
import dev.topset.analytics.support.TrainingLog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Browser-free check of the trend report: one decodable PNG per chart per lift, each with the expected points. */
class TrendHtmlReportTest {

    private static final Pattern IMAGE = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"[^>]*"
            + "data-lift=\"([a-z-]+)\" data-chart=\"([a-z0-9]+)\" data-points=\"(\\d+)\"");

    /** Six squat sessions in three weeks (one top set without RPE), four bench sessions in four weeks. */
    private static final TrainingLog SQUAT = TrainingLog.of("squat")
            .session("2025-01-06").top("100", 5, "8").backoffs("90", 5, "7", "7.5")
            .session("2025-01-09").top("100", 5, "7.5").backoffs("90", 5, "7", "7")
            .session("2025-01-13").top("102.5", 5, null).backoffs("92.5", 5, "7", "8")
            .session("2025-01-16").top("102.5", 5, "8").backoffs("92.5", 5, "7.5", "8")
            .session("2025-01-20").top("105", 5, "8.5").backoffs("95", 5, "8", "8.5")
            .session("2025-01-23").top("105", 5, "8");
    private static final TrainingLog BENCH = TrainingLog.of("bench")
            .session("2025-01-07").top("70", 5, "8").backoffs("62.5", 6, "7")
            .session("2025-01-14").top("72.5", 5, "8").backoffs("65", 6, "7.5")
            .session("2025-01-21").top("75", 5, "8.5").backoffs("65", 6, "8")
            .session("2025-01-28").top("75", 5, "8").backoffs("65", 6, "7.5");

    private final ChartRenderer charts = new ChartRenderer();

    @Test
    void everyLiftHasThreeDecodableChartsWithTheExpectedNumberOfPoints() throws Exception {
        LiftHistory squat = history(SQUAT, "squat");
        LiftHistory bench = history(BENCH, "bench");
        String html = new HtmlReport(charts).renderTrends(ReportedAthlete.of(TrainingLog.ATHLETE, Optional.empty()), null, null,
                List.of(bench, squat));

        Map<String, Integer> points = new HashMap<>();
        Matcher image = IMAGE.matcher(html);
        while (image.find()) {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.group(1))));
            assertThat(png.getWidth()).isEqualTo(ChartRenderer.WIDTH);
            assertThat(png.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
            assertThat(points.put(image.group(2) + "/" + image.group(3), Integer.parseInt(image.group(4)))).isNull();
        }

        assertThat(points).containsOnly(
                Map.entry("squat/e1rm", 6), Map.entry("squat/rpe", 5), Map.entry("squat/volume", 3),
                Map.entry("bench/e1rm", 4), Map.entry("bench/rpe", 4), Map.entry("bench/volume", 4));
        assertThat(html).contains("<h2>" + LiftTitles.title("bench") + "</h2>", "<h2>Back Squat</h2>",
                "<td>Thu 23 Jan 2025</td>");
    }

    @Test
    void backoffVolumeIsSummedPerIsoWeek() {
        Map<java.time.LocalDate, BigDecimal> weeks = ChartRenderer.weeklyBackoffVolume(history(SQUAT, "squat"));

        // week of 6 Jan: 2 × 90 × 5 + 2 × 90 × 5; of 13 Jan: 4 × 92.5 × 5; of 20 Jan: 2 × 95 × 5 + none
        assertThat(weeks).containsExactly(
                Map.entry(java.time.LocalDate.parse("2025-01-06"), new BigDecimal("1800")),
                Map.entry(java.time.LocalDate.parse("2025-01-13"), new BigDecimal("1850")),
                Map.entry(java.time.LocalDate.parse("2025-01-20"), new BigDecimal("950")));
    }

    @Test
    void theLiftReportDrawsTheFullHistoryNotOnlyTheWindow() {
        LiftHistory squat = history(SQUAT, "squat");
        String html = new HtmlReport(charts).render(ReportFixture.review(), squat,
                ReportedAthlete.of(TrainingLog.ATHLETE, Optional.empty()));

        assertThat(html).contains("data-lift=\"squat\" data-chart=\"e1rm\" data-points=\"6\"")
                .contains("6 sessions from 6 Jan 2025 to 23 Jan 2025");
    }

    private static LiftHistory history(TrainingLog log, String lift) {
        var plan = lift.equals("squat") ? Plans.squat() : Plans.withBackoff(new dev.topset.analytics.plan.PlannedLift(
                "bench", Plans.squat().plan()), dev.topset.api.plan.BackoffScheme.percentDrop(new BigDecimal("10"), 6,
                1, new BigDecimal("9"), 2));
        LiftWindow all = SessionWindow.of(log.athleteId(), plan).lastSessions(Integer.MAX_VALUE).build(log.sets());
        return new LiftHistory(log.athleteId(), lift, all.unit(), plan.topSet().rpeMin(), plan.topSet().rpeMax(),
                all.sessions());
    }
}
