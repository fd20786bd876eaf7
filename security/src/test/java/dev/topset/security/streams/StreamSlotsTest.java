package dev.topset.security.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StreamSlotsTest {

    private final StreamSlots slots = new StreamSlots(new StreamLimits(4, 2, 3, "topset.live", "max-subscribers"));
    private final UUID ada = UUID.randomUUID();
    private final UUID ben = UUID.randomUUID();

    @Test
    void aCallerHoldsAtMostItsLimitWhileOthersStillGetSlots() {
        slots.take("ada", ada);
        slots.take("ada", ben);

        assertThatThrownBy(() -> slots.take("ada", ada)).isInstanceOfSatisfying(StreamLimitExceededException.class,
                e -> assertThat(e.limit()).isEqualTo(StreamLimit.CALLER))
                .hasMessageContaining("topset.live.max-subscribers-per-caller");
        slots.take("coach", ada);
        assertThat(slots.open()).isEqualTo(3);
    }

    @Test
    void anAthletesDataIsStreamedToAtMostItsLimit() {
        slots.take("ada", ada);
        slots.take("coach-1", ada);
        slots.take("coach-2", ada);

        assertThatThrownBy(() -> slots.take("coach-3", ada)).isInstanceOfSatisfying(StreamLimitExceededException.class,
                e -> assertThat(e.limit()).isEqualTo(StreamLimit.ATHLETE));
        slots.take("ben", ben);
    }

    @Test
    void theInstanceLimitStaysAndAFreedSlotIsGivenBackOnce() {
        StreamSlot first = slots.take("a", UUID.randomUUID());
        slots.take("b", UUID.randomUUID());
        slots.take("c", UUID.randomUUID());
        slots.take("d", UUID.randomUUID());
        assertThatThrownBy(() -> slots.take("e", UUID.randomUUID()))
                .isInstanceOfSatisfying(StreamLimitExceededException.class,
                        e -> assertThat(e.limit()).isEqualTo(StreamLimit.INSTANCE));

        first.free();
        first.free(); // completion and error callbacks of one stream both free it
        assertThat(slots.open()).isEqualTo(3);
        slots.take("e", UUID.randomUUID());
        assertThatThrownBy(() -> slots.take("f", UUID.randomUUID())).isInstanceOf(StreamLimitExceededException.class);
    }

    @Test
    void aFreedSlotCountsNoLongerForItsCallerAndAthlete() {
        StreamSlot one = slots.take("ada", ada);
        slots.take("ada", ada);
        one.free();

        slots.take("ada", ada);
        assertThat(slots.open()).isEqualTo(2);
    }
}
