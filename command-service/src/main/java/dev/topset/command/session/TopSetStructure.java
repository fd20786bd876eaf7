package dev.topset.command.session;

import dev.topset.api.plan.PlanLimits;
import dev.topset.api.training.SetKind;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import java.util.Collection;

/**
 * The top set + backoff structure of one session: backoffs hang off a top set of the same lift, and a lift has at
 * most as many top sets as a plan may prescribe. The aggregate checks it for a logged set, the history restore for a
 * restored one.
 */
final class TopSetStructure {

    private TopSetStructure() {
    }

    /** @param sets the session's sets before this one */
    static void check(Collection<LoggedSet> sets, SetKind kind, String lift) {
        long topSets = sets.stream().filter(s -> s.isActive(SetKind.TOP, lift)).count();
        if (kind == SetKind.TOP && topSets >= PlanLimits.MAX_TOP_SETS) {
            throw new RuleViolationException(Rule.TOP_SET_LIMIT, "there are already " + topSets + " top sets of "
                    + lift + " in this session; log further heavy sets as backoffs or start a new session");
        }
        if (kind == SetKind.BACKOFF && topSets == 0) {
            throw new RuleViolationException(Rule.BACKOFF_NEEDS_TOP_SET,
                    "a backoff of " + lift + " needs an earlier top set of " + lift + " in this session");
        }
    }
}
