package dev.topset.analytics.mistakes;

import dev.topset.analytics.review.SessionRef;
import dev.topset.analytics.review.TopSetLift;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The top-set variation of the movement changes so often that top sets cannot be compared.
 *
 * <p>Definition: take the recent sessions with a top set in the lift's movement family (oldest first);
 * a session's variation is the set of family lifts it had top sets of. Flag when the variation differs
 * from the previous session's in more than {@code variation-change-share} of the consecutive pairs
 * (default: more than half), with at least two pairs to judge. Only a change to or from a variation seen once in the
 * look-back counts: back squat on Monday and front squat on Thursday every week are two lifts with a trend each,
 * not hopping; hopping is the compared slot taking a different variation session after session.
 */
public final class VariationHoppingCheck implements MistakeCheck {

    @Override
    public Optional<Mistake> check(MistakeContext context) {
        Map<SessionRef, TreeSet<String>> variations = new LinkedHashMap<>();
        for (TopSetLift top : context.familyTopSets()) {
            if (MovementFamily.sameFamily(top.lift(), context.plan().lift())) {
                variations.computeIfAbsent(new SessionRef(top.sessionId(), top.date()), s -> new TreeSet<>())
                        .add(top.lift());
            }
        }
        List<SessionRef> sessions = new ArrayList<>(variations.keySet());
        List<String> sequence = variations.values().stream().map(lifts -> String.join("+", lifts)).toList();
        int pairs = sequence.size() - 1;
        if (pairs < 2) {
            return Optional.empty();
        }
        Map<String, Long> seen = sequence.stream()
                .collect(Collectors.groupingBy(variation -> variation, Collectors.counting()));
        int changes = 0;
        List<SessionRef> changed = new ArrayList<>();
        for (int i = 1; i < sequence.size(); i++) {
            boolean oneOff = seen.get(sequence.get(i)) == 1 || seen.get(sequence.get(i - 1)) == 1;
            if (!sequence.get(i).equals(sequence.get(i - 1)) && oneOff) {
                changes++;
                changed.add(sessions.get(i));
            }
        }
        BigDecimal share = context.thresholds().variationChangeShare();
        if (BigDecimal.valueOf(changes).compareTo(share.multiply(BigDecimal.valueOf(pairs))) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Mistake(MistakeCode.VARIATION_HOPPING, "The " + MovementFamily.of(context.plan().lift())
                + " top set changed variation in " + changes + " of " + pairs + " consecutive sessions ("
                + String.join(" -> ", sequence) + "): top sets are not comparable. Keep one variation for a block.",
                changed));
    }
}
