package dev.topset.science.exercise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the catalogue's two resource files. The format is our own and has no quoting, so the JDK is
 * enough: one record a line, fields separated by commas (a name never contains one), {@code #} starts a
 * comment line, blank lines are skipped. A malformed line fails loading with its file and line number:
 * the catalogue ships inside the jar, so a mistake in it is a build failure, not a runtime surprise.
 *
 * <pre>
 * exercises.csv: key,name,family,variations,equipment    variations separated by '|', may be empty
 * aliases.csv:   alias,key
 * </pre>
 */
final class CatalogueFile {

    /** One line of aliases.csv. */
    record Alias(String alias, String key, String where) {
    }

    private CatalogueFile() {
    }

    static List<Exercise> exercises(String resource) {
        List<Exercise> exercises = new ArrayList<>();
        for (Line line : lines(resource)) {
            String[] fields = line.fields(5);
            try {
                exercises.add(new Exercise(fields[0], fields[1], MovementFamily.valueOf(fields[2]),
                        variations(fields[3]), Equipment.valueOf(fields[4])));
            } catch (IllegalArgumentException e) {
                throw line.broken(e.getMessage());
            }
        }
        return exercises;
    }

    static List<Alias> aliases(String resource) {
        return lines(resource).stream().map(line -> {
            String[] fields = line.fields(2);
            return new Alias(fields[0], fields[1], line.where());
        }).toList();
    }

    private static Set<Variation> variations(String field) {
        Set<Variation> variations = EnumSet.noneOf(Variation.class);
        for (String name : field.split("\\|")) {
            if (!name.isBlank()) {
                variations.add(Variation.valueOf(name.trim()));
            }
        }
        return variations;
    }

    private record Line(String resource, int number, String text) {

        String[] fields(int count) {
            String[] fields = text.split(",", -1);
            if (fields.length != count) {
                throw broken("expected " + count + " comma-separated fields, found " + fields.length);
            }
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].trim();
            }
            return fields;
        }

        String where() {
            return resource + ":" + number;
        }

        IllegalStateException broken(String why) {
            return new IllegalStateException(where() + ": " + why + ": " + text);
        }
    }

    private static List<Line> lines(String resource) {
        InputStream in = CatalogueFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("exercise catalogue resource missing: " + resource);
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (!text.isBlank() && !text.stripLeading().startsWith("#")) {
                    lines.add(new Line(resource, number, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }
}
