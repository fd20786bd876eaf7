package dev.topset.analytics.support;

import dev.topset.infra.PostgresOptions;
import dev.topset.infra.PostgresServer;

/** One real PostgreSQL (embedded binaries) per test JVM, started on first use, stopped with the JVM. */
public final class AnalyticsDatabase {

    public static final String DATABASE = "topset_analytics";

    private static PostgresServer postgres;

    private AnalyticsDatabase() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.start(PostgresOptions.throwaway());
            postgres.createDatabaseIfMissing(DATABASE);
        }
        return postgres;
    }
}
