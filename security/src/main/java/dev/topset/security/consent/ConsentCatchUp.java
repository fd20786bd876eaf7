package dev.topset.security.consent;

import java.time.Duration;
import java.util.Collection;
import java.util.UUID;
import java.util.function.ToLongFunction;

/**
 * Makes a read side as current as the write side for the gyms a staff read of member data rests on, before the
 * read model's consent is believed: for each gym, the stream's newest sequence on command-service against the
 * sequence this service has applied; while behind, it waits (the consumer is usually milliseconds away), at most
 * {@code patience}. A revocation, a departure or a removed coach that command-service has answered is then always
 * in the read model that decides.
 */
public class ConsentCatchUp {

    private static final Duration POLL = Duration.ofMillis(10);

    private final WriteSideGyms writeSide;
    private final Duration patience;

    public ConsentCatchUp(WriteSideGyms writeSide, Duration patience) {
        this.writeSide = writeSide;
        this.patience = patience;
    }

    /**
     * @param applied the last sequence of a gym's stream this service has applied (-1: none)
     * @throws ConsentNotConfirmedException when a gym's stream is still behind after {@code patience}
     */
    public void await(Collection<UUID> gyms, ToLongFunction<UUID> applied) {
        long deadline = System.nanoTime() + patience.toNanos();
        for (UUID gym : gyms) {
            long current = writeSide.sequence(gym);
            while (applied.applyAsLong(gym) < current) {
                if (System.nanoTime() > deadline) {
                    throw new ConsentNotConfirmedException("the gym's latest consent changes are not applied here yet");
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsentNotConfirmedException("interrupted while waiting for the gym's consent changes");
        }
    }
}
