package dev.topset.analytics.ingest;

import dev.topset.api.TrainingEvent;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.analytics.history.AdviceHistory;
import dev.topset.analytics.recommend.ReviewScheduler;
import dev.topset.analytics.recommend.StoredPlans;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanSet;
import dev.topset.api.recommendation.RecommendationAccepted;
import dev.topset.api.recommendation.RecommendationDismissed;
import dev.topset.api.recommendation.RecommendationEvidence;
import dev.topset.api.recommendation.RecommendationIssued;
import dev.topset.api.recommendation.RecommendationSuperseded;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetCorrected;
import dev.topset.api.session.SetLogged;
import dev.topset.api.session.SetVoided;
import dev.topset.api.training.SetDetails;
import dev.topset.analytics.rules.PastAdvice;
import dev.topset.ingest.EventProjection;
import dev.topset.ingest.rebuild.ReplayThread;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps analytics' own copy of the set data (V1__analytics_sets.sql) in step with {@code topset.events}; called
 * by the event-ingest consumer inside the transaction that also stores its position, once per new event.
 *
 * <pre>
 *   AthleteRegistered -> athlete                 (preferred_unit, name)
 *   SessionStarted    -> training_session        (local_date: the athlete's date, else the UTC date of the start;
 *                                                 V100: start_notes, flags)
 *   *SetLogged        -> logged_set              (position = order of logging within the session, 1-based; note)
 *   SetCorrected      -> UPDATE logged_set       (the complete corrected set, kind included)
 *   SetVoided         -> UPDATE logged_set SET voided = TRUE (kept; reviews skip it)
 *   LiftPlanSet, LiftPlanAdjusted -> lift_plan   (V3: the whole resulting plan; reviews use it)
 *   SessionFinished   -> training_session        (V100: finish_notes, flags added to the start's)
 *                     -> after commit: ReviewScheduler (debounced review, recommendations to command-service)
 *   RecommendationIssued -> recommendation_history (V100: the fatigue ladder's memory)
 *   RecommendationAccepted / Dismissed / Superseded -> recommendation_history.status, decided_on
 * </pre>
 *
 * Every write is safe to repeat.
 */
@Component
public class AnalyticsProjection implements EventProjection {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsProjection.class);

    private final JdbcClient jdbc;
    private final StoredPlans plans;
    private final ReviewScheduler reviews;
    private final AdviceHistory advice;

    public AnalyticsProjection(JdbcClient jdbc, StoredPlans plans, ReviewScheduler reviews, AdviceHistory advice) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.reviews = reviews;
        this.advice = advice;
    }

    @Override
    public void apply(TrainingEvent event, EventEnvelope envelope, Instant recordedAt) {
        if (event instanceof AthleteRegistered registered) {
            on(registered);
        } else if (event instanceof SessionStarted started) {
            on(started, recordedAt);
        } else if (event instanceof SetLogged logged) {
            on(logged, recordedAt);
        } else if (event instanceof SetCorrected corrected) {
            on(corrected);
        } else if (event instanceof SetVoided voided) {
            on(voided);
        } else if (event instanceof LiftPlanSet planSet) {
            plans.store(planSet.athleteId(), planSet.lift(), planSet.plan(), recordedAt);
        } else if (event instanceof LiftPlanAdjusted adjusted) {
            plans.store(adjusted.athleteId(), adjusted.lift(), adjusted.plan(), recordedAt);
        } else if (event instanceof SessionFinished finished) {
            notes(finished);
            on(finished);
        } else if (event instanceof RecommendationIssued issued) {
            RecommendationEvidence evidence = issued.evidence();
            LocalDate issuedOn = evidence != null && evidence.lastDate() != null ? evidence.lastDate()
                    : recordedAt.atOffset(ZoneOffset.UTC).toLocalDate();
            advice.issued(issued.recommendationId(), issued.athleteId(), issued.lift(), issued.type(),
                    evidence == null ? null : evidence.rule(),
                    evidence == null ? null : evidence.numbers().get("ladderRung"), issuedOn);
        } else if (event instanceof RecommendationAccepted accepted) {
            advice.decided(accepted.recommendationId(), accepted.athleteId(), PastAdvice.Status.ACCEPTED,
                    utcDate(recordedAt));
        } else if (event instanceof RecommendationDismissed dismissed) {
            advice.decided(dismissed.recommendationId(), dismissed.athleteId(), PastAdvice.Status.DISMISSED,
                    utcDate(recordedAt));
        } else if (event instanceof RecommendationSuperseded superseded) {
            advice.decided(superseded.recommendationId(), superseded.athleteId(), PastAdvice.Status.SUPERSEDED,
                    utcDate(recordedAt));
        }
    }

    private static LocalDate utcDate(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private void notes(SessionFinished event) {
        if (event.notes() == null && event.flags().isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE training_session SET finish_notes = :notes,
                            flags = ARRAY(SELECT DISTINCT f FROM unnest(flags || CAST(:flags AS TEXT[])) AS f ORDER BY f)
                        WHERE session_id = :sessionId
                        """)
                .param("notes", event.notes())
                .param("flags", pgArray(event.flags()))
                .param("sessionId", event.sessionId())
                .update();
    }

    /**
     * The review must see the batch's rows: schedule it once they are committed (a rolled-back batch is retried).
     * A rebuild's replay of the history reviews nothing: those sessions were reviewed when they were new.
     */
    private void on(SessionFinished event) {
        if (ReplayThread.isCurrent()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reviews.sessionFinished(event.athleteId());
                }
            });
        } else {
            reviews.sessionFinished(event.athleteId());
        }
    }

    private void on(AthleteRegistered event) {
        // preferred_unit is required here; an athlete registered without one reviews in kg until told otherwise.
        jdbc.sql("""
                        INSERT INTO athlete (athlete_id, preferred_unit, name)
                        VALUES (:athleteId, COALESCE(CAST(:unit AS TEXT), 'KG'), :name)
                        ON CONFLICT (athlete_id) DO UPDATE
                        SET preferred_unit = COALESCE(CAST(:unit AS TEXT), athlete.preferred_unit),
                            name = COALESCE(EXCLUDED.name, athlete.name)
                        """)
                .param("athleteId", event.athleteId())
                .param("unit", event.preferredUnit() == null ? null : event.preferredUnit().name())
                .param("name", event.name() == null || event.name().isBlank() ? null : event.name().strip())
                .update();
    }

    private void on(SessionStarted event, Instant recordedAt) {
        LocalDate localDate = event.localDate() != null ? event.localDate()
                : (event.startedAt() != null ? event.startedAt() : recordedAt).atOffset(ZoneOffset.UTC).toLocalDate();
        jdbc.sql("""
                        INSERT INTO training_session (session_id, athlete_id, local_date, started_at, start_notes,
                            flags)
                        VALUES (:sessionId, :athleteId, :localDate, :startedAt, :notes, CAST(:flags AS TEXT[]))
                        ON CONFLICT (session_id) DO UPDATE SET athlete_id = EXCLUDED.athlete_id,
                            local_date = EXCLUDED.local_date, started_at = EXCLUDED.started_at,
                            start_notes = EXCLUDED.start_notes,
                            flags = ARRAY(SELECT DISTINCT f FROM unnest(training_session.flags || EXCLUDED.flags) AS f
                                          ORDER BY f)
                        """)
                .param("sessionId", event.sessionId())
                .param("athleteId", event.athleteId())
                .param("localDate", localDate)
                .param("startedAt", event.startedAt() == null ? null : Timestamp.from(event.startedAt()))
                .param("notes", event.notes())
                .param("flags", pgArray(event.flags()))
                .update();
    }

    private void on(SetLogged event, Instant recordedAt) {
        SetDetails details = event.details();
        // Position = order of logging. All events of an athlete share one partition and are applied by one
        // thread in order, so max + 1 cannot race.
        int inserted = jdbc.sql("""
                        INSERT INTO logged_set (set_id, session_id, athlete_id, position, kind, lift, load_amount,
                            load_unit, reps, rpe, rir, flags, performed_at, note)
                        VALUES (:setId, :sessionId, :athleteId,
                            COALESCE((SELECT MAX(position) FROM logged_set WHERE session_id = :sessionId), 0) + 1,
                            :kind, :lift, :loadAmount, :loadUnit, :reps, :rpe, :rir, CAST(:flags AS TEXT[]),
                            :performedAt, :note)
                        ON CONFLICT (set_id) DO NOTHING
                        """)
                .param("setId", event.setId())
                .param("sessionId", event.sessionId())
                .param("athleteId", event.athleteId())
                .param("kind", event.kind().name())
                .param("lift", details.lift())
                .param("loadAmount", details.load().amount())
                .param("loadUnit", details.load().unit().name())
                .param("reps", details.reps())
                .param("rpe", details.rpe())
                .param("rir", details.rir())
                .param("flags", pgArray(details.flags()))
                .param("performedAt", Timestamp.from(event.performedAt() != null ? event.performedAt() : recordedAt))
                .param("note", details.note())
                .update();
        if (inserted == 0) {
            log.debug("set {} already stored, ignoring a second {}", event.setId(), event.getClass().getSimpleName());
        }
    }

    private void on(SetCorrected event) {
        SetDetails details = event.details();
        int updated = jdbc.sql("""
                        UPDATE logged_set SET kind = COALESCE(:kind, kind), lift = :lift, load_amount = :loadAmount,
                            load_unit = :loadUnit, reps = :reps, rpe = :rpe, rir = :rir, flags = CAST(:flags AS TEXT[]),
                            note = :note
                        WHERE set_id = :setId
                        """)
                .param("kind", event.kind() == null ? null : event.kind().name())
                .param("lift", details.lift())
                .param("loadAmount", details.load().amount())
                .param("loadUnit", details.load().unit().name())
                .param("reps", details.reps())
                .param("rpe", details.rpe())
                .param("rir", details.rir())
                .param("flags", pgArray(details.flags()))
                .param("note", details.note())
                .param("setId", event.setId())
                .update();
        if (updated == 0) {
            log.warn("correction of unknown set {} in session {} ignored", event.setId(), event.sessionId());
        }
    }

    private void on(SetVoided event) {
        int updated = jdbc.sql("UPDATE logged_set SET voided = TRUE WHERE set_id = :setId")
                .param("setId", event.setId())
                .update();
        if (updated == 0) {
            log.warn("void of unknown set {} in session {} ignored", event.setId(), event.sessionId());
        }
    }

    /** Flag names are enum constants (letters and underscores), so a literal array needs no escaping. */
    private static String pgArray(Set<? extends Enum<?>> flags) {
        return flags.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }
}
