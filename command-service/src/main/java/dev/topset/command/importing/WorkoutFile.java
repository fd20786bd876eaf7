package dev.topset.command.importing;

import java.util.List;
import java.util.Map;

/**
 * What a layout made of a file: the readable set rows, the bad rows, the rows that are not strength sets,
 * and the file's own column names, so that later validation errors name the column the user sees.
 */
record WorkoutFile(List<WorkoutRow> rows, List<RowError> errors, List<IgnoredRow> ignored,
                   Map<ExportLayout.Field, String> columns) {
}
