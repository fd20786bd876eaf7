package dev.topset.analytics.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Top sets grouped by (load, reps) across a window's sessions; groups seen in two or more sessions, the group
 * seen most recently last. Each group's first and last session are its oldest and newest (sessions are in window
 * order); their RPEs are compared even when one of them is missing (then the change is unknown).
 *
 * <p>One pass with a map instead of a keyed copy of the per-session table and a Tablesaw group-by: that built a
 * column per group and aggregate, with a number formatter each (benchmark 4's profile: 29 % of a review).
 */
final class ComparableLoads {

    private ComparableLoads() {
    }

    private static final class Group {
        final int first;
        int last;
        int sessions;

        Group(int first) {
            this.first = first;
        }
    }

    /** @param sessions the window's sessions, oldest first (their top-set columns describe the best top set) */
    static List<ComparableLoad> of(List<SessionSummary> sessions) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (int index = 0; index < sessions.size(); index++) {
            SessionSummary top = sessions.get(index);
            int oldest = index;
            Group group = groups.computeIfAbsent(top.topLoad().toPlainString() + "x" + top.topReps(),
                    key -> new Group(oldest));
            group.last = index;
            group.sessions++;
        }
        List<ComparableLoad> result = new ArrayList<>();
        groups.values().stream().filter(group -> group.sessions >= 2)
                .sorted(Comparator.comparingInt((Group group) -> group.last))
                .forEach(group -> {
                    SessionSummary first = sessions.get(group.first);
                    SessionSummary last = sessions.get(group.last);
                    result.add(new ComparableLoad(first.topLoad(), first.topReps(), group.sessions, first.date(),
                            last.date(), first.topRpe(), last.topRpe(),
                            first.topRpe() == null || last.topRpe() == null ? null
                                    : Decimals.plain(last.topRpe().subtract(first.topRpe()))));
                });
        return result;
    }
}
