package dev.topset.analytics.recommend;

import dev.topset.security.requestid.RequestIdFilter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Debounces the automatic review: each {@code SessionFinished} (re)schedules the athlete's review
 * {@code topset.analytics.review-delay} later (default 5 s), so a burst of finishes — a device catching up, a
 * replay of the topic — gives one review per athlete with the whole burst in it. One thread runs the reviews;
 * a failed run (command-service down after every retry) is logged and the next finish or an on-demand review
 * ({@code POST /athletes/{id}/reviews}) picks it up again.
 */
@Component
public class ReviewScheduler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReviewScheduler.class);

    private final RecommendationIssuer issuer;
    private final IssuingProperties properties;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "review-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();

    public ReviewScheduler(RecommendationIssuer issuer, IssuingProperties properties) {
        this.issuer = issuer;
        this.properties = properties;
    }

    /** Called after the transaction that stored the athlete's {@code SessionFinished} committed. */
    public void sessionFinished(UUID athleteId) {
        if (!properties.autoReview()) {
            return;
        }
        pending.compute(athleteId, (id, earlier) -> {
            if (earlier != null) {
                earlier.cancel(false);
            }
            AtomicReference<ScheduledFuture<?>> self = new AtomicReference<>();
            ScheduledFuture<?> future = executor.schedule(() -> run(id, self.get()),
                    properties.reviewDelay().toMillis(), TimeUnit.MILLISECONDS);
            self.set(future);
            return future;
        });
    }

    /** Athletes whose review is scheduled and has not run yet. */
    public int pendingReviews() {
        return pending.size();
    }

    private void run(UUID athleteId, ScheduledFuture<?> self) {
        pending.remove(athleteId, self);
        // a run of its own in the logs and in command-service (the recommendations' events carry it)
        MDC.put(RequestIdFilter.KEY, "review-" + UUID.randomUUID());
        try {
            issuer.reviewAndIssue(athleteId);
        } catch (RuntimeException e) {
            log.error("automatic review of athlete {} failed: {}", athleteId, e.getMessage(), e);
        } finally {
            MDC.remove(RequestIdFilter.KEY);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
