package dev.topset.command.concurrency;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A device logging sets over HTTP from its own thread pool, tallying the answers by status. */
final class DeviceClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String name;
    private final String token;
    private final ExecutorService threads;
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> replayed = new ConcurrentHashMap<>();

    DeviceClient(String name, String token, int threads) {
        this.name = name;
        this.token = token;
        this.threads = Executors.newFixedThreadPool(threads);
    }

    record Backoff(String baseUrl, UUID sessionId, UUID setId, int reps) {
    }

    /** Sends every set concurrently and waits for all answers. */
    void log(List<Backoff> sets) throws Exception {
        List<Future<?>> sent = new ArrayList<>();
        for (Backoff set : sets) {
            sent.add(threads.submit(() -> send(set)));
        }
        for (Future<?> answer : sent) {
            answer.get(5, TimeUnit.MINUTES);
        }
    }

    private Void send(Backoff set) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(set.baseUrl() + "/sessions/" + set.sessionId() + "/sets"))
                .header("Content-Type", "application/json").header("X-Device-Id", name)
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"setId": "%s", "kind": "BACKOFF", "lift": "squat", "load": 120, "unit": "KG", "reps": %d,
                         "rpe": 7}""".formatted(set.setId(), set.reps())))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        statuses.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
        replayed.computeIfAbsent(response.headers().firstValue("Idempotent-Replayed").orElse("none"),
                header -> new AtomicInteger()).incrementAndGet();
        return null;
    }

    int count(int status) {
        AtomicInteger count = statuses.get(status);
        return count == null ? 0 : count.get();
    }

    int replays() {
        AtomicInteger count = replayed.get("true");
        return count == null ? 0 : count.get();
    }

    void reset() {
        statuses.clear();
        replayed.clear();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
