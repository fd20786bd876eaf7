package dev.topset.query.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live views ({@code GET /athletes/{id}/live}).
 *
 * @param maxSubscribers open live streams per instance; one more is answered 503 with Retry-After
 * @param maxSubscribersPerCaller  open live streams of one token subject on this instance; one more is 429, so
 *                       one caller cannot take every slot
 * @param maxSubscribersPerAthlete open live streams of one athlete (the athlete's devices, coaches); one more is 429
 * @param bufferSize     changes queued for one slow subscriber; beyond it they are replaced by one RESYNC
 * @param heartbeat      an SSE comment after this much silence (keeps proxies open, detects gone clients)
 * @param timeout        a stream is closed after this long; the client reconnects
 * @param reconnectDelay pause before the listener reconnects after losing its database connection
 * @param resumeWindow   how long changes stay logged for devices that reconnect with {@code Last-Event-ID}; a device
 *                       away longer is sent a {@code resync}
 */
@ConfigurationProperties("topset.live")
public record LiveProperties(@DefaultValue("200") int maxSubscribers,
                             @DefaultValue("8") int maxSubscribersPerCaller,
                             @DefaultValue("8") int maxSubscribersPerAthlete,
                             @DefaultValue("64") int bufferSize,
                             @DefaultValue("15s") Duration heartbeat,
                             @DefaultValue("30m") Duration timeout,
                             @DefaultValue("2s") Duration reconnectDelay,
                             @DefaultValue("1h") Duration resumeWindow) {
}
