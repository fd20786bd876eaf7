package dev.topset.analytics.recommend;

import dev.topset.analytics.coach.LiftReview;
import dev.topset.api.plan.ProgressionMethod;
import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.rules.Evidence;
import dev.topset.analytics.rules.Recommendation;
import dev.topset.analytics.rules.Suggestion;
import dev.topset.api.plan.BackoffType;
import dev.topset.api.plan.LiftPlan;
import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.plan.PlanLimits;
import dev.topset.api.recommendation.RecommendationEvidence;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns a review into the command-service request that records its recommendation. */
public final class RecommendationCommands {

    static final int MAX_ADVICE = 500;
    static final int MAX_TEXT = 1000;
    static final int MAX_NUMBER = 200;

    private RecommendationCommands() {
    }

    /**
     * Deterministic from athlete, lift, the newest reviewed session and what the review concluded from it (type,
     * advice, plan changes, evidence): reviewing the same sessions again (a debounced review after a replay of the
     * topic, an on-demand review) yields the same id, hence a replay; a review whose evidence changed (a set was
     * corrected or voided after the last review) yields a new id, and command-service supersedes the old one.
     */
    public static UUID recommendationId(UUID athleteId, String lift, UUID lastSessionId, String reviewed) {
        return UUID.nameUUIDFromBytes(("topset-recommendation:" + athleteId + ":" + lift + ":" + lastSessionId + ":"
                + reviewed).getBytes(StandardCharsets.UTF_8));
    }

    public static IssueRecommendationBody body(LiftReview review) {
        Recommendation recommendation = review.recommendation();
        List<SessionRef> reviewed = review.window().refs();
        UUID lastSession = reviewed.isEmpty() ? null : reviewed.get(reviewed.size() - 1).sessionId();
        Suggestion suggestion = recommendation.suggestion();
        LiftPlanChanges changes = changes(suggestion, review.plan());
        RecommendationEvidence evidence = evidence(recommendation.evidence(), reviewed);
        // Records print every component (BigDecimal, UUID, dates, strings, maps in insertion order): stable text.
        String content = recommendation.type() + "|" + recommendation.advice() + "|" + changes + "|"
                + suggestion.backoffLoad() + "|" + evidence;
        return new IssueRecommendationBody(recommendationId(review.athleteId(), review.lift(), lastSession, content),
                review.lift(), recommendation.type().name(), capped(recommendation.advice(), MAX_ADVICE), changes,
                suggestion.backoffLoad(), evidence);
    }

    /**
     * The suggestion as absolute plan values, leaving out what the plan cannot take ({@link PlanLimits}: the plan
     * rules would refuse the whole adjustment on accept). A double progression keeps its
     * top-set reps: they are the bottom of the rep range (the reps a new load starts at), the rep steps up to the
     * ceiling are the athlete's progress within the plan. Writing them into the plan would move the range's bottom
     * up and, one rep below the ceiling, break the plan rule "ceiling above the top-set reps" (LIFT_PLAN_PROGRESSION).
     */
    static LiftPlanChanges changes(Suggestion suggestion, LiftPlan plan) {
        boolean repsArePlanned = plan.progression().method() != ProgressionMethod.DOUBLE_PROGRESSION;
        Integer topSetReps = repsArePlanned && suggestion.topSetReps() != null && suggestion.topSetReps() >= 1
                && suggestion.topSetReps() <= PlanLimits.MAX_TOP_SET_REPS ? suggestion.topSetReps() : null;
        Integer backoffSets = suggestion.backoffSets() != null && suggestion.backoffSets() >= 1
                && suggestion.backoffSets() <= PlanLimits.MAX_BACKOFF_SETS ? suggestion.backoffSets() : null;
        BigDecimal dropPercent = plan.backoff().type() == BackoffType.PERCENT_DROP
                ? suggestion.backoffDropPercent() : null;
        return new LiftPlanChanges(suggestion.topSetLoad(), topSetReps, backoffSets, dropPercent, null, null);
    }

    static RecommendationEvidence evidence(Evidence evidence, List<SessionRef> reviewed) {
        List<SessionRef> sessions = evidence.sessions().isEmpty() ? reviewed : evidence.sessions();
        LocalDate first = sessions.isEmpty() ? null : sessions.get(0).date();
        LocalDate last = sessions.isEmpty() ? null : sessions.get(sessions.size() - 1).date();
        Map<String, String> numbers = new LinkedHashMap<>();
        evidence.numbers().forEach((name, value) -> numbers.put(name, capped(text(value), MAX_NUMBER)));
        String summary = evidence.rule() + ": " + evidence.reason()
                + (first == null ? "" : " (" + sessions.size() + " session" + (sessions.size() == 1 ? "" : "s")
                + ", " + first + (first.equals(last) ? "" : " to " + last) + ")");
        return new RecommendationEvidence(evidence.rule(), capped(evidence.reason(), MAX_TEXT),
                sessions.stream().map(SessionRef::sessionId).toList(), first, last, numbers,
                capped(summary, MAX_TEXT));
    }

    /**
     * The recommendation event carries at most what command-service accepts (IssueInputLimits: advice 500, reason and
     * summary 1000, each number 200 characters); the whole evidence stays in analytics' review
     * ({@code GET .../review}). Longer text is cut with "...".
     */
    static String capped(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    /** Numbers as text: decimals plain ("100", never "1E+2"), lists as "[7, 7.5, 8]", absent as "null". */
    static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(RecommendationCommands::text).collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }
}
