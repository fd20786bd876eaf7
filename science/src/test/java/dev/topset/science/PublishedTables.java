package dev.topset.science;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the published reference tables copied verbatim from {@code shared/reference/} into the test
 * resources, so the tests compare the code against the published file, not against a second copy of
 * the numbers typed into a test.
 */
public final class PublishedTables {

    private PublishedTables() {
    }

    /** Data rows (header dropped), each split on commas. */
    public static List<String[]> rows(String resource) {
        InputStream in = PublishedTables.class.getResourceAsStream("/reference/" + resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource /reference/" + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.strip().split(","))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
