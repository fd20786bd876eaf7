package dev.topset.analytics.recommend;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Timer {@code topset.analytics.reviews{outcome}} (count = review runs, {@code completed} or {@code failed} when
 * command-service stayed unreachable) and counter {@code topset.analytics.recommendations{type, delivery}}: what
 * the runs recommended and what command-service made of it.
 */
@Component
class ReviewRunMetrics {

    private final MeterRegistry registry;

    ReviewRunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    List<IssueOutcome> timed(Supplier<List<IssueOutcome>> run) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            List<IssueOutcome> outcomes = run.get();
            outcome = "completed";
            outcomes.forEach(this::delivered);
            return outcomes;
        } finally {
            sample.stop(Timer.builder("topset.analytics.reviews")
                    .description("review runs of one athlete (every lift), by outcome")
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }

    private void delivered(IssueOutcome outcome) {
        Counter.builder("topset.analytics.recommendations")
                .description("recommendations of review runs, by type and delivery to command-service")
                .tag("type", outcome.type())
                .tag("delivery", outcome.delivery())
                .register(registry)
                .increment();
    }
}
