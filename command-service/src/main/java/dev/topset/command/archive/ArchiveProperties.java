package dev.topset.command.archive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxImportSize largest JSON-lines history accepted by {@code POST /imports/events} (it is applied in
 *                      one transaction, so it is held in memory); a longer history is restored in parts: lines
 *                      split in file order, each part continues the streams the previous one stored
 * @param exportPageSize events read from the database per query while an export streams
 */
@ConfigurationProperties("topset.archive")
public record ArchiveProperties(@DefaultValue("8MB") DataSize maxImportSize,
                                @DefaultValue("500") int exportPageSize) {
}
