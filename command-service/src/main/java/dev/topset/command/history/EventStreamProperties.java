package dev.topset.command.history;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live event streams ({@code GET /athletes/{id}/events/stream}).
 *
 * @param maxStreams   open streams per instance; one more is answered 503 with Retry-After
 * @param maxStreamsPerCaller  open streams of one token subject on this instance (a device or two per user, with
 *                     room for reconnects whose old connection is not yet noticed closed); one more is 429, so one
 *                     caller cannot take the instance's slots from everyone else
 * @param maxStreamsPerAthlete open streams of one athlete's events, whoever reads them (the athlete's devices,
 *                     analytics); one more is 429
 * @param pollInterval how often the instance checks whether a streamed athlete has new events (the check is one
 *                     indexed query for all open streams; it also sees events appended by other instances)
 * @param heartbeat    an SSE comment after this much silence, so proxies keep the connection and a vanished client
 *                     is noticed by the failed write
 * @param pageSize     events read and written per step of one stream: the most a slow client holds in memory
 * @param timeout      a stream is closed after this long; the client reconnects with {@code Last-Event-ID}
 * @param senderThreads threads that read and write for all streams (a stalled client blocks one until the socket
 *                     write times out)
 */
@ConfigurationProperties("topset.history.stream")
public record EventStreamProperties(@DefaultValue("200") int maxStreams,
                                    @DefaultValue("8") int maxStreamsPerCaller,
                                    @DefaultValue("8") int maxStreamsPerAthlete,
                                    @DefaultValue("250ms") Duration pollInterval,
                                    @DefaultValue("15s") Duration heartbeat,
                                    @DefaultValue("100") int pageSize,
                                    @DefaultValue("30m") Duration timeout,
                                    @DefaultValue("4") int senderThreads) {
}
