package dev.topset.ingest.rebuild;

import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * Creates the empty read model by running the service's own Flyway migrations (same locations, same data source)
 * against the fresh schema. The schema then also carries its {@code flyway_schema_history}, so after the switch the
 * service's next start finds every migration applied.
 */
public class FlywayReadModelSchema implements ReadModelSchema {

    private final Flyway live;
    private final Set<String> orderDependentColumns;

    /** @param live the application's Flyway (its configuration is copied, only the schema differs) */
    public FlywayReadModelSchema(Flyway live, Set<String> orderDependentColumns) {
        this.live = live;
        this.orderDependentColumns = Set.copyOf(orderDependentColumns);
    }

    @Override
    public void create(String schema) {
        Flyway.configure()
                .configuration(live.getConfiguration())
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .load()
                .migrate();
    }

    @Override
    public Set<String> orderDependentColumns() {
        return orderDependentColumns;
    }
}
