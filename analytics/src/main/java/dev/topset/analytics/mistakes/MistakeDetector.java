package dev.topset.analytics.mistakes;

import java.util.List;
import java.util.Optional;

/** Runs every mistake check over a window; the order of the result follows {@link MistakeCode}. */
public final class MistakeDetector {

    private static final List<MistakeCheck> CHECKS = List.of(
            new TopSetToFailureCheck(),
            new TooManyTopSetsCheck(),
            new BackoffsTooEasyCheck(),
            new BackoffsTooHardCheck(),
            new VariationHoppingCheck(),
            new LoadAddedAfterOneGoodSessionCheck());

    public List<Mistake> detect(MistakeContext context) {
        return CHECKS.stream().map(check -> check.check(context)).flatMap(Optional::stream).toList();
    }
}
