package dev.topset.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.envelope.EventCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TrainingHistoryGeneratorTest {

    @Test
    void the_same_seed_gives_the_same_history() {
        List<GeneratedEvent> first = new ArrayList<>();
        List<GeneratedEvent> second = new ArrayList<>();
        new TrainingHistoryGenerator(7, 20).generate(5_000, first::add);
        new TrainingHistoryGenerator(7, 20).generate(5_000, second::add);
        assertThat(first).isEqualTo(second);
    }

    @Test
    void every_kind_of_event_appears_and_each_stream_is_gap_free() {
        Map<String, Long> types = new TreeMap<>();
        Map<String, Long> nextSequence = new HashMap<>();
        long emitted = new TrainingHistoryGenerator(11, 50).generate(20_000, generated -> {
            types.merge(EventCatalog.of(generated.event().getClass()).type(), 1L, Long::sum);
            long expected = nextSequence.getOrDefault(generated.aggregateId(), 0L);
            assertThat(generated.sequence()).as("sequence of %s", generated.aggregateId()).isEqualTo(expected);
            nextSequence.put(generated.aggregateId(), expected + 1);
        });
        assertThat(emitted).isBetween(20_000L, 20_100L);
        assertThat(types.keySet()).contains("AthleteRegistered", "LiftPlanSet", "LiftPlanAdjusted", "SessionStarted",
                "WarmupSetLogged", "TopSetLogged", "BackoffSetLogged", "SetCorrected", "SetVoided", "SessionFinished",
                "RecommendationIssued", "RecommendationAccepted", "RecommendationDismissed");
    }
}
