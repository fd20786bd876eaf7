package dev.topset.ingest.rebuild;

/**
 * Row count and an order-independent checksum of one table's rows (the sum of a 60-bit prefix of each row's md5):
 * two tables with equal fingerprints hold the same rows with overwhelming probability.
 */
public record TableFingerprint(long rows, String checksum) {

    @Override
    public String toString() {
        return rows + ":" + checksum;
    }
}
