package dev.topset.analytics.web;

import dev.topset.analytics.access.ReadAccess;
import dev.topset.security.Caller;
import dev.topset.analytics.coach.AthleteReviews;
import dev.topset.analytics.coach.LiftReview;
import dev.topset.analytics.history.AthleteNames;
import dev.topset.analytics.report.ChartKind;
import dev.topset.analytics.report.ChartRenderer;
import dev.topset.analytics.report.CsvReport;
import dev.topset.analytics.report.HtmlReport;
import dev.topset.analytics.report.JsonReport;
import dev.topset.analytics.report.ReportPage;
import dev.topset.analytics.report.ReportedAthlete;
import dev.topset.analytics.report.TrendReport;
import io.swagger.v3.oas.annotations.Operation;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Trend exports of one athlete × lift: CSV, JSON, HTML with embedded charts, and the charts alone. */
@RestController
@RequestMapping("/athletes/{athleteId}/lifts/{lift}")
public class ReportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AthleteReviews reviews;
    private final CsvReport csv;
    private final JsonReport json;
    private final HtmlReport html;
    private final ChartRenderer charts;
    private final ReadAccess access;
    private final AthleteNames names;

    public ReportController(AthleteReviews reviews, CsvReport csv, JsonReport json, HtmlReport html,
                            ChartRenderer charts, ReadAccess access, AthleteNames names) {
        this.access = access;
        this.names = names;
        this.reviews = reviews;
        this.csv = csv;
        this.json = json;
        this.html = html;
        this.charts = charts;
    }

    @Operation(summary = "Trend rows (one per session) as CSV")
    @GetMapping("/report.csv")
    public ResponseEntity<String> csv(@PathVariable UUID athleteId, @PathVariable String lift,
                                      @RequestParam(required = false) Integer sessions,
                                        Caller caller) {
        access.athlete(caller, athleteId);
        LiftReview review = review(athleteId, lift, sessions);
        StringWriter out = new StringWriter();
        csv.write(review, out);
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                attachment(review, "csv")).body(out.toString());
    }

    @Operation(summary = "Trend rows, trends, recommendation and mistakes as JSON")
    @GetMapping("/report.json")
    public ResponseEntity<TrendReport> json(@PathVariable UUID athleteId, @PathVariable String lift,
                                            @RequestParam(required = false) Integer sessions,
                                        Caller caller) {
        access.athlete(caller, athleteId);
        LiftReview review = review(athleteId, lift, sessions);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.report(review));
    }

    @Operation(summary = "Self-contained HTML report: the recommendation (from the review window), charts and "
            + "session table over the lift's full history")
    @GetMapping("/report.html")
    public ResponseEntity<String> html(@PathVariable UUID athleteId, @PathVariable String lift,
                                       @RequestParam(required = false) Integer sessions,
                                        Caller caller) {
        access.athlete(caller, athleteId);
        LiftReview review = review(athleteId, lift, sessions);
        return ReportPage.ok().body(html.render(review, reviews.history(review),
                ReportedAthlete.of(athleteId, names.of(athleteId))));
    }

    @Operation(summary = "One chart of the lift's full history as PNG: e1rm, rpe or volume (weekly)")
    @GetMapping("/charts/{chart}.png")
    public ResponseEntity<byte[]> chart(@PathVariable UUID athleteId, @PathVariable String lift,
                                        @PathVariable ChartKind chart,
                                        @RequestParam(required = false) Integer sessions,
                                        Caller caller) {
        access.athlete(caller, athleteId);
        LiftReview review = review(athleteId, lift, sessions);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(charts.png(reviews.history(review), chart));
    }

    private LiftReview review(UUID athleteId, String lift, Integer sessions) {
        return reviews.review(athleteId, ReviewRequest.lift(lift), ReviewRequest.sessions(sessions, reviews.properties()));
    }

    private static String attachment(LiftReview review, String extension) {
        return ContentDisposition.attachment()
                .filename(review.lift() + "-" + review.athleteId() + "." + extension).build().toString();
    }
}
