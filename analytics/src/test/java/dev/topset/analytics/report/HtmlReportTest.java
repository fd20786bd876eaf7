package dev.topset.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.coach.LiftReview;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final Pattern DATA_URI = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    private final LiftReview review = ReportFixture.review();
    private final String html = new HtmlReport(new ChartRenderer()).render(review);

    @Test
    void embedsTheThreeChartsAsDecodablePngs() throws Exception {
        List<BufferedImage> images = new ArrayList<>();
        Matcher matcher = DATA_URI.matcher(html);
        while (matcher.find()) {
            images.add(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(matcher.group(1)))));
        }

        assertThat(images).hasSize(ChartKind.values().length).allSatisfy(image ->
                assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH));
    }

    @Test
    void showsTheRecommendationItsEvidenceAndOneTableRowPerSession() {
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<h2>Next session: " + LiftTitles.sentence(review.recommendation().type().name()) + "</h2>")
                .contains("rule " + review.recommendation().evidence().rule() + ".")
                .contains("<td>Mon 27 Jan 2025</td>");
        assertThat(html.split("<td><code title=\"[0-9a-f-]{36}\">[0-9a-f]{8}</code>", -1))
                .hasSize(review.window().sessions().size() + 1);
    }

    @Test
    void escapesTextSoNothingLoggedCanBecomeMarkup() {
        assertThat(HtmlReport.escape("<script>\"a\" & 'b'</script>"))
                .isEqualTo("&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;");
    }
}
