package dev.topset.science.guidance;

import dev.topset.api.training.Load;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of in-session guidance.
 *
 * @param code          what happened (stable, for devices and analytics)
 * @param message       the sentence the athlete sees
 * @param numbers       the evidence behind it, by name, in a fixed order (e.g. rpe → 9.5, rpeCap → 9)
 * @param suggestedLoad a load to use instead, when the guidance has one (bad day); otherwise null
 */
public record Guidance(GuidanceCode code, String message, Map<String, BigDecimal> numbers, Load suggestedLoad) {

    public Guidance {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }

    public GuidanceLevel level() {
        return code.level();
    }
}
