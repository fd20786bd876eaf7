package dev.topset.command.importing;

/** The file has bad rows and the user did not ask to skip them: nothing was recorded. */
class ImportRejectedException extends RuntimeException {

    private final transient ImportReport report;

    ImportRejectedException(ImportReport report) {
        super(report.errors().size() + " bad row(s); nothing was imported. Fix them, or send skipBadRows=true to"
                + " import the other rows");
        this.report = report;
    }

    ImportReport report() {
        return report;
    }
}
