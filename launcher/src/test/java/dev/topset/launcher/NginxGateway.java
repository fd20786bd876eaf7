package dev.topset.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The gateway of docker-compose.yml ({@code docker/gateway/nginx.conf}) in a real nginx, in front of the services
 * of an {@link EmbeddedSystem}: the file as it ships, with the replicas' compose addresses and the host ports
 * swapped for this machine's. nginx comes from Debian's package, installed by {@code .ci/run} or here when missing.
 */
final class NginxGateway implements AutoCloseable {

    private static final Path CONFIG = Path.of("..", "docker", "gateway", "nginx.conf");
    private static final List<String> NGINX = List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx");

    private final Process nginx;
    private final Map<Integer, Integer> ports;
    private final Path directory;

    private NginxGateway(Process nginx, Map<Integer, Integer> ports, Path directory) {
        this.nginx = nginx;
        this.ports = ports;
        this.directory = directory;
    }

    /** @param upstreams compose service name (command-service, query-service, analytics) → its URL here */
    static NginxGateway start(Map<String, String> upstreams) throws IOException, InterruptedException {
        String binary = installedNginx();
        String config = Files.readString(CONFIG);
        for (var upstream : upstreams.entrySet()) {
            int port = URI.create(upstream.getValue()).getPort();
            config = config.replace("server " + upstream.getKey() + ":8080", "server 127.0.0.1:" + port);
        }
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        for (int composePort : List.of(8081, 8082, 8083, 8090)) {
            int free = freePort();
            ports.put(composePort, free);
            config = config.replace("listen " + composePort + ";", "listen 127.0.0.1:" + free + ";");
        }
        Path directory = Files.createTempDirectory("topset-gateway");
        Files.createDirectories(directory.resolve("logs"));
        Path file = directory.resolve("nginx.conf");
        Files.writeString(file, config);
        // one process, in the foreground, as this user: the test owns it and its temp files
        Process nginx = new ProcessBuilder(binary, "-p", directory + "/", "-c", file.toString(), "-g",
                "daemon off; master_process off; pid " + directory.resolve("nginx.pid") + "; error_log "
                        + directory.resolve("logs/error.log") + " info;")
                .redirectErrorStream(true).redirectOutput(directory.resolve("logs/stdout.log").toFile()).start();
        NginxGateway gateway = new NginxGateway(nginx, ports, directory);
        gateway.awaitListening(Duration.ofSeconds(20));
        return gateway;
    }

    /** The nginx binary, installed from Debian's packages first when this machine has none and the test may. */
    private static String installedNginx() throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 2; attempt++) {
            var found = NGINX.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (attempt == 0 && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
                new ProcessBuilder("sh", "-c", "DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light"
                        + " || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light)")
                        .inheritIO().start().waitFor(5, TimeUnit.MINUTES);
            }
        }
        throw new IllegalStateException("nginx is not installed and could not be: apt-get install nginx-light");
    }

    /** The gateway's URL for what compose publishes on {@code composePort} (8081 command, 8082 query, 8083 analytics). */
    String url(int composePort) {
        return "http://127.0.0.1:" + ports.get(composePort);
    }

    String errorLog() throws IOException {
        return Files.readString(directory.resolve("logs/error.log"));
    }

    private void awaitListening(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(directory.resolve("logs/stdout.log")));
            }
            try (Socket socket = new Socket("127.0.0.1", ports.get(8090))) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen within " + timeout);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        nginx.destroy();
        if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
            nginx.destroyForcibly();
        }
    }
}
