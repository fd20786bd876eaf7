package dev.topset.command.coaching;

import dev.topset.api.training.Load;
import dev.topset.science.guidance.Guidance;
import dev.topset.science.guidance.GuidanceCode;
import dev.topset.science.guidance.GuidanceLevel;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One piece of in-session guidance as devices receive it: science's {@link Guidance} with its level
 * spelled out. The message is science's, word for word; devices may localise by {@code code}.
 */
public record GuidanceItem(GuidanceCode code, GuidanceLevel level, String message, Map<String, BigDecimal> numbers,
                           Load suggestedLoad) {

    public static GuidanceItem of(Guidance guidance) {
        return new GuidanceItem(guidance.code(), guidance.level(), guidance.message(), guidance.numbers(),
                guidance.suggestedLoad());
    }
}
