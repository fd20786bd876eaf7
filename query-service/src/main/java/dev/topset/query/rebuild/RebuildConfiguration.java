package dev.topset.query.rebuild;

import dev.topset.ingest.rebuild.FlywayReadModelSchema;
import dev.topset.ingest.rebuild.ReadModelSchema;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a rebuild of query-service's read model needs to know: how to create the schema empty, what not to compare. */
@Configuration
public class RebuildConfiguration {

    /**
     * The fresh schema is made by the service's own migrations. {@code recommendation.issue_order} numbers
     * recommendations across all athletes in the order the consumer threads happened to apply them; within an athlete
     * (the order the views use) it is the same after a rebuild, the absolute numbers are not.
     */
    @Bean
    ReadModelSchema queryReadModelSchema(Flyway flyway) {
        return new FlywayReadModelSchema(flyway, Set.of("recommendation.issue_order"));
    }
}
