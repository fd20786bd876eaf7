package dev.topset.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @TempDir
    Path temp;

    @Test
    void durableServerKeepsDataAcrossRestartsAndSyncsToDisk() throws SQLException {
        Path dataDirectory = temp.resolve("pg");

        try (PostgresServer postgres = PostgresServer.start(PostgresOptions.durable(dataDirectory, 0))) {
            postgres.createDatabaseIfMissing("training_log");
            postgres.createDatabaseIfMissing("training_log"); // idempotent
            HikariDataSource pool = postgres.dataSource("training_log", 2);
            execute(pool, "CREATE TABLE lift (name text PRIMARY KEY, kg numeric NOT NULL)");
            execute(pool, "INSERT INTO lift VALUES ('squat', 180.5)");
            assertThat(setting(pool, "fsync")).isEqualTo("on");
            assertThat(setting(pool, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(pool, "full_page_writes")).isEqualTo("on");
            assertThat(setting(pool, "max_connections")).isEqualTo("200");
        }

        try (PostgresServer postgres = PostgresServer.start(PostgresOptions.durable(dataDirectory, 0))) {
            postgres.createDatabaseIfMissing("training_log");
            HikariDataSource pool = postgres.dataSource("training_log", 2);
            assertThat(query(pool, "SELECT name || '=' || kg FROM lift")).isEqualTo("squat=180.5");
            assertThat(postgres.jdbcUrl("training_log")).contains(":" + postgres.port() + "/training_log");
        }
    }

    @Test
    void throwawayServerStartsOnAFreePortAndDeletesItsData() throws SQLException {
        try (PostgresServer postgres = PostgresServer.start(PostgresOptions.throwaway())) {
            assertThat(postgres.port()).isPositive();
            assertThat(query(postgres.dataSource("postgres", 1), "SELECT 1")).isEqualTo("1");
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String setting(DataSource dataSource, String name) throws SQLException {
        return query(dataSource, "SHOW " + name);
    }

    private static String query(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
