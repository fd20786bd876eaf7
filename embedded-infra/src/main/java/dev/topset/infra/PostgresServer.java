package dev.topset.infra;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 16 server run from the binaries in the zonky Maven artifacts (no installation, no Docker).
 *
 * <p>The server is a child process of this JVM. zonky registers a shutdown hook that stops it cleanly
 * when the JVM exits normally; after a hard kill of the JVM a durable start reaps the orphan first
 * (see {@link OrphanedPostmaster}).
 *
 * <p>Running as root works without anything extra: PostgreSQL refuses to run as root, but zonky starts
 * initdb, pg_ctl and postgres through {@code unshare -U} when that is available, so inside their user
 * namespace they are not root. (Without unprivileged user namespaces, root could not start it at all.)
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

    static final String SUPERUSER = "postgres";

    /** Unquoted-identifier rules, lower case only, so the name means the same in SQL and in a JDBC URL. */
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** PostgreSQL's error code for "database already exists" (lost a race with another creator). */
    private static final String DUPLICATE_DATABASE = "42P04";

    private final EmbeddedPostgres postgres;
    private final List<HikariDataSource> pools = new CopyOnWriteArrayList<>();

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static PostgresServer start(PostgresOptions options) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(options.port())
                // Several services each hold a Hikari pool (10 connections by default) plus admin
                // connections; 200 leaves headroom without the memory of zonky's 300.
                .setServerConfig("max_connections", "200")
                // A durable start after a crash replays WAL with fsync on; 2 loaded cores can be slow.
                .setPGStartupWait(Duration.ofSeconds(60));
        if (options.dataDirectory() != null) {
            Path dataDirectory = options.dataDirectory().toAbsolutePath().normalize();
            // Without setCleanDataDirectory(false) zonky re-runs initdb on every start, which fails on an
            // existing cluster, and deletes the directory on close.
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            OrphanedPostmaster.stopIfRunning(dataDirectory);
        }
        // else: zonky creates a temporary directory and deletes it on close (cleanDataDirectory defaults to true).
        if (options.durable()) {
            // zonky starts postgres with -F (fsync=off) and synchronous_commit=off: fine for tests, but a
            // power cut or OS crash could then lose committed events or corrupt the cluster. A later
            // "-c fsync=on" wins over the earlier -F on the postgres command line.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // statement counts per query (pg_stat_statements view, after CREATE EXTENSION): what the
                    // services ask per request, for operators and the benchmarks
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        try {
            EmbeddedPostgres postgres = builder.start();
            log.info("PostgreSQL started on port {} ({})", postgres.getPort(),
                    options.durable() ? "durable, data in " + options.dataDirectory() : "throwaway");
            return new PostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of {@code database} that already carries the (passwordless, trusted) superuser. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database + "?user=" + SUPERUSER;
    }

    /** Creates {@code name} unless it exists; safe to call concurrently from several services. */
    public void createDatabaseIfMissing(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            // The name ends up in a CREATE DATABASE statement, which cannot take a bind parameter.
            throw new IllegalArgumentException("database name must match " + DATABASE_NAME + ": " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"))) {
            if (exists(connection, name)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
                log.info("Created database {}", name);
            } catch (SQLException e) {
                if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * A connection pool on {@code database}. zonky's own DataSources open a new physical connection per
     * request, which is slow; services need a pool. The pool is closed by {@link #close()} at the latest,
     * so it never outlives the server and floods the log with reconnect failures.
     */
    public HikariDataSource dataSource(String database, int maxPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(database));
        config.setUsername(SUPERUSER);
        config.setMaximumPoolSize(maxPoolSize);
        config.setPoolName("pg-" + database + "-" + (pools.size() + 1));
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** Closes the pools handed out, then stops the server (a clean, checkpointed shutdown). */
    @Override
    public void close() {
        pools.forEach(HikariDataSource::close);
        pools.clear();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop embedded PostgreSQL", e);
        }
    }

    @Override
    public String toString() {
        return "PostgresServer[port=" + port() + "]";
    }
}
