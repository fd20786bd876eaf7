package dev.topset.science.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What matching promises about any catalogue name: case, separators and word order do not count. */
class ExerciseMatcherPropertyTest {

    private static final ExerciseCatalogue CATALOGUE = ExerciseCatalogue.standard();
    private static final ExerciseMatcher MATCHER = new ExerciseMatcher(CATALOGUE);
    private static final List<String> SEPARATORS = List.of(" ", "  ", "-", " - ", "_", "/", ", ", " (", ") ", ".");
    /** Two-word spellings are one word to matching ("one arm" is "single arm"), so their order counts. */
    private static final Pattern PHRASES = Pattern.compile(
            "(?i).*\\b(one|1) (arm|leg)\\b.*|.*\\b(pull|push|press) down\\b.*|.*\\b(skull crusher|hyper extension|hex bar)\\b.*");

    @Provide
    Arbitrary<String> catalogueNames() {
        List<String> names = Stream.concat(CATALOGUE.exercises().stream().map(Exercise::name),
                CATALOGUE.aliases().keySet().stream()).filter(name -> !PHRASES.matcher(name).matches()).toList();
        return Arbitraries.of(names);
    }

    @Property(tries = 1500)
    void caseSeparatorsAndWordOrderDoNotChangeTheMatch(@ForAll("catalogueNames") String name, @ForAll long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>(Arrays.asList(name.split("[^\\p{L}\\p{N}'&]+")));
        words.removeIf(String::isEmpty);
        Collections.shuffle(words, random);
        StringBuilder variant = new StringBuilder();
        for (String word : words) {
            variant.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            variant.append(random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT));
        }

        String expected = MATCHER.match(name).orElseThrow().key();
        assertThat(MATCHER.match(variant.toString())).as("'%s' from '%s'", variant, name).get()
                .extracting(ExerciseMatch::key).isEqualTo(expected);
    }
}
