package dev.topset.analytics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final String KEY = "an-export-key-of-at-least-32-characters";
    private static final UUID ATHLETE = UUID.fromString("0e7a3c6d-2b8e-4f7c-a0b3-9a4e3d1c5f20");

    @Test
    void isTheFirst128BitsOfHmacSha256OfTheIdText() {
        // openssl: printf '0e7a3c6d-2b8e-4f7c-a0b3-9a4e3d1c5f20' | openssl dgst -sha256 -hmac '<KEY>' | cut -c1-32
        assertThat(Pseudonyms.withKey(KEY).of(ATHLETE)).isEqualTo("28fe0c266c117fb528f9df3cf13eeb3b");
    }

    @Test
    void isStablePerKeyAndUnlinkableAcrossKeys() {
        assertThat(Pseudonyms.withKey(KEY).of(ATHLETE)).isEqualTo(Pseudonyms.withKey(KEY).of(ATHLETE))
                .hasSize(32).doesNotContain(ATHLETE.toString());
        assertThat(Pseudonyms.withKey(KEY + "2").of(ATHLETE)).isNotEqualTo(Pseudonyms.withKey(KEY).of(ATHLETE));
        assertThat(Pseudonyms.withKey(KEY).of(UUID.randomUUID())).isNotEqualTo(Pseudonyms.withKey(KEY).of(ATHLETE));
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> Pseudonyms.withKey("secret")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exportsWithoutAConfiguredKeyAreRefusedBeforeReadingAnything() {
        CohortTrends unconfigured = new CohortTrends(null, null, new CohortExportProperties(null),
                new GymProperties(5, "read-model", java.time.Duration.ofSeconds(2)));

        assertThatThrownBy(() -> unconfigured.prepare(null)).isInstanceOf(ExportKeyMissingException.class);
    }
}
