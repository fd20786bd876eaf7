package dev.topset.command.importing;

import dev.topset.command.rule.Rule;

/** The file has bad rows and the user did not ask to skip them: nothing was recorded. */
class ImportRejectedException extends RuntimeException {

    private final transient ImportReport report;
    private final boolean conflict;

    /** @param conflict every bad row disagrees with what an earlier import stored (409), none is malformed */
    ImportRejectedException(ImportReport report, boolean conflict) {
        super(report.errors().size() + " bad row(s); nothing was imported. Fix them, or send skipBadRows=true to"
                + " import the other rows");
        this.report = report;
        this.conflict = conflict;
    }

    boolean conflict() {
        return conflict;
    }

    /** Rows imported before are read in another unit now (the file or the request names another unit). */
    boolean unitChanged() {
        return conflict && report.errors().stream()
                .anyMatch(error -> Rule.IMPORT_UNIT_CHANGED.name().equals(error.rule()));
    }

    ImportReport report() {
        return report;
    }
}
