package dev.topset.query.rebuild;

/**
 * Body of {@code POST /admin/rebuilds} (optional).
 *
 * @param compare fingerprint every table of the live and the rebuilt schema at the switch (row count + checksum);
 *                the live consumers stay paused meanwhile
 */
public record RebuildRequest(Boolean compare) {

    boolean compareTables() {
        return Boolean.TRUE.equals(compare);
    }
}
