package dev.topset.analytics.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.analytics.support.AnalyticsIntegrationTest;
import dev.topset.analytics.support.AnalyticsKafka;
import dev.topset.analytics.support.EventPublisher;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetDetails;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Review runs are counted and timed by outcome, their recommendations by type and delivery. */
class ReviewRunMetricsIntegrationTest extends AnalyticsIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    MeterRegistry registry;
    @Autowired
    ReviewScheduler scheduler;

    @Test
    void completedAndFailedRunsAreMeasured() {
        UUID oneSession = UUID.randomUUID();
        UUID threeSessions = UUID.randomUUID();
        try (EventPublisher events = new EventPublisher(AnalyticsKafka.kafka().bootstrapServers(), objectMapper)) {
            events.publish(new AthleteRegistered(oneSession, "Cy", LoadUnit.KG, null), "Athlete", oneSession);
            events.publish(new AthleteRegistered(threeSessions, "Di", LoadUnit.KG, null), "Athlete", threeSessions);
            session(events, oneSession, LocalDate.of(2025, 5, 5));
            for (int week = 0; week < 3; week++) {
                session(events, threeSessions, LocalDate.of(2025, 5, 5).plusWeeks(week));
            }
        }
        await().atMost(PATIENCE).until(() -> http.getForEntity("/athletes/" + threeSessions
                + "/lifts/squat/review", String.class).getBody().contains("2025-05-19"));
        // the finishes scheduled automatic reviews: let them run first, so that the counts below are ours alone
        await().atMost(PATIENCE).during(Duration.ofSeconds(1)).until(() -> scheduler.pendingReviews() == 0);
        double completed = runs("completed");
        double failed = runs("failed");
        double skipped = recommendations("INSUFFICIENT_DATA", "SKIPPED");

        // one session: INSUFFICIENT_DATA, nothing to send, the run completes
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Request-Id", "coach-7");
        ResponseEntity<String> insufficient = http.postForEntity("/athletes/" + oneSession + "/reviews",
                new HttpEntity<>(null, headers), String.class);
        assertThat(insufficient.getStatusCode().value()).as(insufficient.getBody()).isEqualTo(200);
        assertThat(insufficient.getHeaders().getFirst("X-Request-Id")).isEqualTo("coach-7");
        // three sessions: a recommendation for command-service, which is unreachable here: the run fails
        ResponseEntity<String> unreachable = http.postForEntity("/athletes/" + threeSessions + "/reviews",
                new HttpEntity<>(null, headers), String.class);
        assertThat(unreachable.getStatusCode().value()).isEqualTo(503);
        assertThat(unreachable.getBody()).contains("\"requestId\":\"coach-7\"");

        assertThat(runs("completed")).isEqualTo(completed + 1);
        assertThat(runs("failed")).isEqualTo(failed + 1);
        assertThat(recommendations("INSUFFICIENT_DATA", "SKIPPED")).isEqualTo(skipped + 1);
        assertThat(registry.get("topset.analytics.reviews").tag("outcome", "completed").timer().totalTime(
                TimeUnit.NANOSECONDS)).isPositive();
    }

    private double runs(String outcome) {
        Timer timer = registry.find("topset.analytics.reviews").tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private double recommendations(String type, String delivery) {
        var counter = registry.find("topset.analytics.recommendations").tag("type", type).tag("delivery", delivery)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static void session(EventPublisher events, UUID athleteId, LocalDate date) {
        UUID id = UUID.randomUUID();
        Instant at = date.atTime(18, 0).toInstant(ZoneOffset.UTC);
        events.publish(new SessionStarted(id, athleteId, date, at, "lower", "phone"), "TrainingSession", id);
        events.publish(new TopSetLogged(id, athleteId, UUID.randomUUID(),
                SetDetails.of("squat", Load.kg("100"), 5, new BigDecimal("7")), at, "phone"), "TrainingSession", id);
        events.publish(new BackoffSetLogged(id, athleteId, UUID.randomUUID(),
                SetDetails.of("squat", Load.kg("90"), 5, new BigDecimal("7")), at, "phone"), "TrainingSession", id);
        events.publish(new SessionFinished(id, athleteId, at.plusSeconds(3600), "phone"), "TrainingSession", id);
    }
}
