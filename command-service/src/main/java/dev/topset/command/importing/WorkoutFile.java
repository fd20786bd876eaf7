package dev.topset.command.importing;

import java.util.List;
import java.util.Map;

/**
 * What a layout made of a file: the readable set rows, the bad rows, the rows that are not strength sets,
 * the file's own column names, so that later validation errors name the column the user sees, and the unit
 * when the file states it.
 *
 * @param statedUnit the unit the file names for its weights and the column that names it; null when the file
 *                   does not say (Strong's current layout)
 */
record WorkoutFile(List<WorkoutRow> rows, List<RowError> errors, List<IgnoredRow> ignored,
                   Map<ExportLayout.Field, String> columns, StatedUnit statedUnit) {

    WorkoutFile(List<WorkoutRow> rows, List<RowError> errors, List<IgnoredRow> ignored,
                Map<ExportLayout.Field, String> columns) {
        this(rows, errors, ignored, columns, null);
    }
}
