package dev.topset.security.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomUuidsTest {

    @Test
    void randomVersion4UuidsInTheIetfVariant() {
        for (int i = 0; i < 1_000; i++) {
            UUID id = RandomUuids.next();
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
        }
    }

    @Test
    void noRepeatsAcrossThreads() {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 200_000).parallel().forEach(i -> seen.add(RandomUuids.next()));
        assertThat(seen).hasSize(200_000);
    }
}
