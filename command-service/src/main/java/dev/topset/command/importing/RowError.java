package dev.topset.command.importing;

/**
 * A row of the file that cannot be imported.
 *
 * @param line  the physical line of the file (the header is line 1)
 * @param field the CSV column at fault, as named in the file's header
 * @param rule  the training rule it breaks, when it is one (e.g. LOAD_RANGE); null for a format error
 */
public record RowError(long line, String field, String rule, String message) {

    static RowError format(long line, String field, String message) {
        return new RowError(line, field, null, message);
    }
}
