package dev.topset.query.coaching;

import dev.topset.api.training.Load;
import dev.topset.science.guidance.Guidance;
import dev.topset.science.guidance.GuidanceCode;
import dev.topset.science.guidance.GuidanceLevel;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** One piece of guidance in the session view, with the set that triggered it; the message is science's. */
public record GuidanceItem(UUID setId, GuidanceCode code, GuidanceLevel level, String message,
                           Map<String, BigDecimal> numbers, Load suggestedLoad) {

    static GuidanceItem of(UUID setId, Guidance guidance) {
        return new GuidanceItem(setId, guidance.code(), guidance.level(), guidance.message(), guidance.numbers(),
                guidance.suggestedLoad());
    }
}
