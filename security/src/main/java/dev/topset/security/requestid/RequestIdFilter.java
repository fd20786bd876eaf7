package dev.topset.security.requestid;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The edge of a request's trail, the same in every service: takes the caller's {@value #HEADER} (or makes one),
 * puts it into the logging context for everything this request does here, and echoes it in the response.
 * command-service also stamps it on commands, so it reaches the events' metadata and the Kafka envelope, where
 * the consumers log with it. Registered first of all filters (see the auto-configuration), so that even a
 * request refused for its size or its token carries it.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    /** MDC key, Axon metadata key and envelope metadata key. */
    public static final String KEY = "requestId";
    // Anything else (too long, control characters, JSON/log syntax) is replaced, never echoed: log injection.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = accepted(request.getHeader(HEADER));
        response.setHeader(HEADER, requestId);
        MDC.put(KEY, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(KEY);
        }
    }

    static String accepted(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : RandomUuids.next().toString();
    }
}
