package dev.topset.benchmarks;

import dev.topset.security.devtokens.DevTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Benchmark 1: concurrent devices logging sets through command-service into the PostgreSQL event store
 * (each set: HTTP, validation, aggregate load, append, commit).
 */
final class IngestBenchmark {

    private final String commandUrl;
    private final DevTokens tokens;
    private final int clients;
    private final Duration warmup;
    private final Duration duration;

    IngestBenchmark(String commandUrl, DevTokens tokens, int clients, Duration warmup, Duration duration) {
        this.commandUrl = commandUrl;
        this.tokens = tokens;
        this.clients = clients;
        this.warmup = warmup;
        this.duration = duration;
    }

    Measurement run() throws Exception {
        return run(null);
    }

    /** @param cost sampled over the measured window; null for none */
    Measurement run(PhaseCost cost) throws Exception {
        List<SetLoggingClient> devices = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            UUID athlete = UUID.randomUUID();
            SetLoggingClient device = new SetLoggingClient(commandUrl, athlete, tokens.athlete(athlete));
            device.register();
            devices.add(device);
        }
        List<ClosedLoopLoad.Operation> logging = devices.stream()
                .<ClosedLoopLoad.Operation>map(device -> device::logNext).toList();
        return ClosedLoopLoad.measure("ingest: sets via command-service (" + clients + " clients)", logging, warmup,
                duration, cost);
    }
}
