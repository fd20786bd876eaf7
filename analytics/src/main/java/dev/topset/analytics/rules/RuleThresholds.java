package dev.topset.analytics.rules;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every number the rules compare against ({@code topset.analytics.rules.*}). A property left out takes
 * the default below, so {@link #defaults()} is exactly what an unconfigured service runs with.
 *
 * @param backoffRpeTooHard            backoffs averaging above this over the window → LOWER_BACKOFF_LOAD (8.5)
 * @param backoffRpeTooEasy            backoffs averaging at or below this → RAISE_BACKOFF_LOAD; a session at or
 *                                     below it is flagged "backoffs too easy" (6)
 * @param failingBackoffSessions       sessions with a backoff short of its reps (or a failed rep) that
 *                                     make LOWER_BACKOFF_LOAD fire (2)
 * @param e1rmDeclinePercentPerSession the top set is "getting worse" when the e1RM slope is at or below
 *                                     minus this percentage of the window's mean e1RM per session (1.0)
 * @param backoffRpeClimbPerSession    backoff RPE is "climbing" when the slope of the session means is at
 *                                     least this per session (0.25)
 * @param backoffDriftLimit            mean in-session drift (last − first backoff RPE) at or above which
 *                                     the backoffs fall apart → REDUCE_BACKOFF_VOLUME (1.5)
 * @param addSetMaxBackoffRpe          ADD_BACKOFF_SET only while backoffs average at most this (7)
 * @param addSetMaxDrift               ... and drift at most this within a session (1.0)
 * @param backoffLoadStepPercent       how far LOWER/RAISE_BACKOFF_LOAD move the backoff drop, in percent
 *                                     of the top set (5)
 * @param deloadPercent                how much lighter a deload top set is (10)
 * @param smallerJumpFactor            SMALLER_JUMP uses this fraction of the plan's increment (0.5)
 * @param jumpRpeCost                  a load jump that raised the top-set RPE by at least this is "costly":
 *                                     the next jump should be smaller (1.0)
 * @param variationChangeShare         "variation hopping" when the top-set variation of a movement family
 *                                     changed in more than this share of consecutive sessions (0.5)
 * @param breakDays                    more days than this since the last session (or between two sessions of the
 *                                     window) is a break: return-after-a-break advice, no trend read across it (21)
 * @param returnLighterPercent         how much lighter the first top set after a break is; doubled after a break
 *                                     of more than four times {@code break-days} (10)
 * @param ladderMemoryDays             the fatigue ladder remembers decisions on earlier advice made at most this many
 *                                     days before the latest session (42)
 */
@ConfigurationProperties("topset.analytics.rules")
public record RuleThresholds(BigDecimal backoffRpeTooHard, BigDecimal backoffRpeTooEasy,
                             Integer failingBackoffSessions, BigDecimal e1rmDeclinePercentPerSession,
                             BigDecimal backoffRpeClimbPerSession, BigDecimal backoffDriftLimit,
                             BigDecimal addSetMaxBackoffRpe, BigDecimal addSetMaxDrift,
                             BigDecimal backoffLoadStepPercent, BigDecimal deloadPercent,
                             BigDecimal smallerJumpFactor, BigDecimal jumpRpeCost,
                             BigDecimal variationChangeShare, Integer breakDays, BigDecimal returnLighterPercent,
                             Integer ladderMemoryDays) {

    public RuleThresholds {
        backoffRpeTooHard = orDefault(backoffRpeTooHard, "8.5");
        backoffRpeTooEasy = orDefault(backoffRpeTooEasy, "6");
        failingBackoffSessions = failingBackoffSessions == null ? 2 : failingBackoffSessions;
        e1rmDeclinePercentPerSession = orDefault(e1rmDeclinePercentPerSession, "1.0");
        backoffRpeClimbPerSession = orDefault(backoffRpeClimbPerSession, "0.25");
        backoffDriftLimit = orDefault(backoffDriftLimit, "1.5");
        addSetMaxBackoffRpe = orDefault(addSetMaxBackoffRpe, "7");
        addSetMaxDrift = orDefault(addSetMaxDrift, "1.0");
        backoffLoadStepPercent = orDefault(backoffLoadStepPercent, "5");
        deloadPercent = orDefault(deloadPercent, "10");
        smallerJumpFactor = orDefault(smallerJumpFactor, "0.5");
        jumpRpeCost = orDefault(jumpRpeCost, "1.0");
        variationChangeShare = orDefault(variationChangeShare, "0.5");
        breakDays = breakDays == null ? 21 : breakDays;
        returnLighterPercent = orDefault(returnLighterPercent, "10");
        ladderMemoryDays = ladderMemoryDays == null ? 42 : ladderMemoryDays;
        require(backoffRpeTooEasy.compareTo(backoffRpeTooHard) < 0, "backoff-rpe-too-easy must be below backoff-rpe-too-hard");
        require(failingBackoffSessions >= 1, "failing-backoff-sessions must be at least 1");
        require(e1rmDeclinePercentPerSession.signum() >= 0, "e1rm-decline-percent-per-session must not be negative");
        require(backoffRpeClimbPerSession.signum() > 0, "backoff-rpe-climb-per-session must be positive");
        require(between(backoffLoadStepPercent, "0", "50", false), "backoff-load-step-percent must be in (0, 50)");
        require(between(deloadPercent, "0", "50", false), "deload-percent must be in (0, 50)");
        require(between(smallerJumpFactor, "0", "1", false), "smaller-jump-factor must be in (0, 1)");
        require(between(variationChangeShare, "0", "1", true), "variation-change-share must be in [0, 1)");
        require(breakDays >= 7, "break-days must be at least 7");
        require(between(returnLighterPercent, "0", "25", false), "return-lighter-percent must be in (0, 25)");
        require(ladderMemoryDays >= 7, "ladder-memory-days must be at least 7");
    }

    public static RuleThresholds defaults() {
        return new RuleThresholds(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    private static BigDecimal orDefault(BigDecimal value, String fallback) {
        return value == null ? new BigDecimal(fallback) : value;
    }

    private static boolean between(BigDecimal value, String low, String high, boolean lowInclusive) {
        int vsLow = value.compareTo(new BigDecimal(low));
        return (lowInclusive ? vsLow >= 0 : vsLow > 0) && value.compareTo(new BigDecimal(high)) < 0;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("topset.analytics.rules: " + message);
        }
    }
}
