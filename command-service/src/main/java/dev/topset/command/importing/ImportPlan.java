package dev.topset.command.importing;

import java.util.List;

/** Everything an import would do, and every row that stops it (or is skipped, if the user asked). */
record ImportPlan(int rows, List<PlannedSession> sessions, List<RowError> errors, List<IgnoredRow> ignored) {
}
