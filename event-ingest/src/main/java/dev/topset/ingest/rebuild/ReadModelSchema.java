package dev.topset.ingest.rebuild;

import java.util.Set;

/**
 * The service-specific part of a rebuild: how an empty copy of the read-model schema is made. A service that
 * defines a bean of this type gets the rebuild machinery ({@link ProjectionRebuilds}).
 */
public interface ReadModelSchema {

    /**
     * Creates every table of the read model, empty, in {@code schema} (which does not exist yet), e.g. by running
     * the service's Flyway migrations against it. The migrations must use unqualified names.
     */
    void create(String schema);

    /**
     * Columns ({@code table.column}) whose values depend on the order in which partitions were interleaved rather
     * than on the events (e.g. a sequence that orders rows across athletes); left out of the comparison of the
     * rebuilt tables with the live ones.
     */
    default Set<String> orderDependentColumns() {
        return Set.of();
    }
}
