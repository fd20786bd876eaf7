package dev.topset.analytics.mistakes;

import java.util.Optional;

/** One mistake pattern; at most one {@link Mistake} per window, listing every session it occurred in. */
public interface MistakeCheck {

    Optional<Mistake> check(MistakeContext context);
}
