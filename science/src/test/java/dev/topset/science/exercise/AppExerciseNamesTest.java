package dev.topset.science.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The names the Strong and Hevy apps ship and names as lifters type them (test resources, with their
 * sources in the header), matched against the catalogue: what share of a real export's exercise column
 * lands on a catalogue exercise.
 */
class AppExerciseNamesTest {

    private static final double REQUIRED_SHARE = 0.95;

    private final ExerciseMatcher matcher = ExerciseMatcher.standard();

    @ParameterizedTest
    @ValueSource(strings = {"strong-exercise-names.txt", "hevy-exercise-names.txt", "typed-exercise-names.txt"})
    void atLeastNinetyFivePercentOfTheNamesAreCatalogueExercises(String resource) throws IOException {
        List<String> names = names(resource);
        List<String> unmatched = names.stream().filter(name -> !matcher.match(name).orElseThrow().known()).toList();
        double share = 1.0 - (double) unmatched.size() / names.size();

        System.out.printf("%s: %d of %d names matched (%.1f %%); not matched: %s%n", resource,
                names.size() - unmatched.size(), names.size(), share * 100, unmatched);
        assertThat(names).hasSizeGreaterThanOrEqualTo(100);
        assertThat(share).as("matched share, not matched: %s", unmatched).isGreaterThanOrEqualTo(REQUIRED_SHARE);
    }

    @Test
    void bothAppsNamesTogetherAreAtLeastOneHundredAndFifty() throws IOException {
        long distinct = Stream.concat(names("strong-exercise-names.txt").stream(),
                names("hevy-exercise-names.txt").stream()).distinct().count();

        assertThat(distinct).isGreaterThanOrEqualTo(150);
    }

    /**
     * Before the catalogue, an accessory was stored under its name's ASCII slug ("lat-pulldown-cable"). The
     * slug finds the same exercise as the name, so stored accessory histories can be moved to catalogue keys.
     */
    @ParameterizedTest
    @ValueSource(strings = {"strong-exercise-names.txt", "hevy-exercise-names.txt", "typed-exercise-names.txt"})
    void theKeyAnAccessoryWasStoredUnderFindsTheSameExercise(String resource) throws IOException {
        for (String name : names(resource)) {
            String storedKey = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");

            assertThat(matcher.match(storedKey).orElseThrow().key()).as("%s stored as %s", name, storedKey)
                    .isEqualTo(matcher.match(name).orElseThrow().key());
        }
    }

    /**
     * The issue's first case: a weightlifter's Strong export, where only the squat, bench, deadlift and
     * presses used to land on a tracked lift and snatch, clean, jerk and pulls became accessories.
     */
    @Test
    void aWeightliftersStrongExportLandsOnCatalogueExercisesButForTheLiftersOwnTypo() throws IOException {
        Map<String, ExerciseMatch> matches = new LinkedHashMap<>();
        for (String name : names("strong-weightlifter-export-names.txt")) {
            matches.put(name, matcher.match(name).orElseThrow());
        }

        assertThat(matches).allSatisfy((name, match) -> assertThat(match.known()).as(name)
                .isEqualTo(!name.equals("Snatch Ballance")));
        assertThat(matches.values().stream().filter(ExerciseMatch::known)
                .filter(match -> match.exercise().family() == MovementFamily.OLYMPIC).map(ExerciseMatch::key))
                .containsExactlyInAnyOrder("clean", "clean-pull", "clean-and-jerk",
                "hang-clean", "hang-snatch", "power-clean", "power-snatch", "snatch", "snatch-pull", "split-jerk");
        assertThat(matches.get("Strict Military Press (Barbell)").key()).isEqualTo("overhead-press");
        assertThat(matches.get("Overhead Press (Barbell)").key()).isEqualTo("overhead-press");

        // what the athlete's own aliases are for: the typo becomes the catalogue's snatch balance
        ExerciseMatcher own = new ExerciseMatcher(ExerciseCatalogue.standard(),
                Map.of("Snatch Ballance", "snatch-balance"));
        assertThat(own.match("Snatch Ballance").orElseThrow().key()).isEqualTo("snatch-balance");
    }

    private static List<String> names(String resource) throws IOException {
        InputStream resourceStream = AppExerciseNamesTest.class.getResourceAsStream("/exercise/" + resource);
        try (InputStream in = Objects.requireNonNull(resourceStream, resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
