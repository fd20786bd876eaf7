package dev.topset.analytics.review;

import dev.topset.api.training.SetKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which sessions and sets a window holds: the last N sessions of one athlete × lift with a top set (by date, then
 * in the order the caller listed the sessions), and their top and backoff sets in the caller's order.
 *
 * <p>Chosen in one pass over the sets, before anything is loaded into Tablesaw: filtering and grouping a set table
 * with Tablesaw's {@code where} and {@code summarize().by()} copied every column of every intermediate table (and
 * built a number formatter per copied column) only to throw most of it away.
 *
 * @param sessions       the window's sessions, oldest first
 * @param sets           the top and backoff sets of the lift in those sessions, in the caller's order
 * @param sessionOfSet   for each of {@code sets}, the index of its session in {@code sessions}
 */
record WindowSessions(List<SessionRef> sessions, List<AnalyticsSet> sets, int[] sessionOfSet) {

    /** Sessions on one date keep the order in which the caller listed them (first set of any lift or kind). */
    private record Candidate(SessionRef session, int order) {
    }

    static WindowSessions of(Collection<AnalyticsSet> athleteSets, String lift, int lastSessions) {
        Map<UUID, Integer> orderOfSession = new HashMap<>();
        Map<SessionRef, Candidate> withTopSet = new LinkedHashMap<>();
        List<AnalyticsSet> work = new ArrayList<>();
        for (AnalyticsSet set : athleteSets) {
            Integer order = orderOfSession.computeIfAbsent(set.sessionId(), id -> orderOfSession.size());
            if (!set.lift().equals(lift) || (set.kind() != SetKind.TOP && set.kind() != SetKind.BACKOFF)) {
                continue;
            }
            work.add(set);
            if (set.kind() == SetKind.TOP) {
                SessionRef ref = new SessionRef(set.sessionId(), set.sessionDate());
                withTopSet.computeIfAbsent(ref, key -> new Candidate(key, order));
            }
        }
        List<Candidate> ordered = new ArrayList<>(withTopSet.values());
        ordered.sort(Comparator.comparing((Candidate candidate) -> candidate.session().date())
                .thenComparingInt(Candidate::order));
        List<SessionRef> kept = ordered.subList(Math.max(0, ordered.size() - lastSessions), ordered.size()).stream()
                .map(Candidate::session).toList();

        // A session id listed twice (under two dates) takes its sets to the later entry, as a lookup by id would.
        Map<UUID, Integer> indexOfSession = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            indexOfSession.put(kept.get(i).sessionId(), i);
        }
        List<AnalyticsSet> sets = new ArrayList<>();
        int[] sessionOfSet = new int[work.size()];
        for (AnalyticsSet set : work) {
            Integer index = indexOfSession.get(set.sessionId());
            if (index != null) {
                sessionOfSet[sets.size()] = index;
                sets.add(set);
            }
        }
        return new WindowSessions(kept, sets, Arrays.copyOf(sessionOfSet, sets.size()));
    }

    LocalDate date(int session) {
        return sessions.get(session).date();
    }
}
