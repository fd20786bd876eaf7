package dev.topset.analytics.cohort;

/** Cohort exports are switched off until an export key is configured (503, not a silent weak default). */
public class ExportKeyMissingException extends RuntimeException {

    public ExportKeyMissingException() {
        super("cohort exports need topset.analytics.export.pseudonym-key (at least " + Pseudonyms.MIN_KEY_LENGTH
                + " characters); ask the operator to configure it");
    }
}
