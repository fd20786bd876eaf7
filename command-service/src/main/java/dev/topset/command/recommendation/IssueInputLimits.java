package dev.topset.command.recommendation;

import dev.topset.api.plan.LiftPlanChanges;
import dev.topset.api.recommendation.RecommendationEvidence;
import dev.topset.api.training.Load;
import dev.topset.command.validation.InvalidRequestException;
import dev.topset.command.validation.TrainingTimeChecks;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Bounds of an issued recommendation's api-typed parts (changes, backoff load, evidence), which carry no bean
 * validation of their own: a recommendation is stored as sent, so nothing unbounded or absurd may get in. Whether
 * the changes make a valid plan is decided when the athlete accepts (the plan rules).
 */
final class IssueInputLimits {

    private static final BigDecimal MAX_LOAD = new BigDecimal("2204.62");
    private static final int MAX_TEXT = 1000;
    private static final int MAX_NUMBERS = 64;
    private static final int MAX_SESSIONS = 104;

    private IssueInputLimits() {
    }

    static void check(IssueRecommendationRequest request) {
        if (request.changes() != null) {
            changes(request.changes());
        }
        if (request.backoffLoad() != null) {
            load("backoffLoad", request.backoffLoad());
        }
        evidence(request.evidence());
    }

    private static void changes(LiftPlanChanges changes) {
        if (changes.nextTopSetLoad() != null) {
            load("changes.nextTopSetLoad", changes.nextTopSetLoad());
        }
        range("changes.topSetReps", changes.topSetReps(), 1, 100);
        range("changes.backoffSets", changes.backoffSets(), 1, 20);
        range("changes.backoffReps", changes.backoffReps(), 1, 100);
        decimal("changes.backoffDropPercent", changes.backoffDropPercent(), BigDecimal.ZERO, new BigDecimal("100"));
        decimal("changes.backoffRpe", changes.backoffRpe(), BigDecimal.ONE, BigDecimal.TEN);
    }

    private static void evidence(RecommendationEvidence evidence) {
        text("evidence.rule", evidence.rule(), 100);
        text("evidence.reason", evidence.reason(), MAX_TEXT);
        text("evidence.summary", evidence.summary(), MAX_TEXT);
        TrainingTimeChecks.require("evidence.firstDate", evidence.firstDate());
        TrainingTimeChecks.require("evidence.lastDate", evidence.lastDate());
        if (evidence.sessionIds().size() > MAX_SESSIONS) {
            throw new InvalidRequestException("evidence.sessionIds", "at most " + MAX_SESSIONS + " sessions");
        }
        if (evidence.numbers().size() > MAX_NUMBERS) {
            throw new InvalidRequestException("evidence.numbers", "at most " + MAX_NUMBERS + " numbers");
        }
        for (Map.Entry<String, String> number : evidence.numbers().entrySet()) {
            text("evidence.numbers", number.getKey(), 100);
            text("evidence.numbers." + number.getKey(), number.getValue(), 200);
        }
    }

    private static void load(String field, Load load) {
        if (load.unit() == null) {
            throw new InvalidRequestException(field + ".unit", "is required");
        }
        decimal(field + ".amount", load.amount(), BigDecimal.ZERO, MAX_LOAD);
        if (load.amount() == null) {
            throw new InvalidRequestException(field + ".amount", "is required");
        }
    }

    private static void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidRequestException(field, "must be between " + min + " and " + max);
        }
    }

    private static void decimal(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.scale() > 3)) {
            throw new InvalidRequestException(field, "must be between " + min + " and " + max.toPlainString()
                    + " with at most 3 decimals");
        }
    }

    private static void text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidRequestException(field, "at most " + max + " characters");
        }
    }
}
