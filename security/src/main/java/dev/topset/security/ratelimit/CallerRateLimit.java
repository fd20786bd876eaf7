package dev.topset.security.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.topset.security.requestid.RequestIdFilter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a caller's requests beyond {@link RateLimitProperties} with 429 problem+json and Retry-After. Runs in
 * Spring Security's chain right after the bearer token was verified: the key is the token's subject (all tokens
 * of one user share it), without a token the remote address. Callers with an exempt authority (role
 * {@code service}: analytics issuing recommendations) pass unlimited.
 *
 * <p>Buckets live in this instance's memory: behind a load balancer a caller gets the limit once per instance.
 */
public final class CallerRateLimit extends OncePerRequestFilter {

    public static final URI RATE_LIMITED = URI.create("urn:topset:problem:rate-limited");
    static final int MAX_CALLERS = 100_000;

    private final RateLimitProperties limit;
    private final Set<String> exemptAuthorities;
    private final ObjectMapper json;
    private final Cache<String, Bucket> buckets;

    public CallerRateLimit(RateLimitProperties limit, Set<String> exemptAuthorities, ObjectMapper json) {
        this.limit = limit;
        this.exemptAuthorities = Set.copyOf(exemptAuthorities);
        this.json = json;
        Duration kept = limit.refilledAfter().compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1)
                : limit.refilledAfter();
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_CALLERS).expireAfterAccess(kept).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean authenticated = caller != null && caller.isAuthenticated()
                && !(caller instanceof AnonymousAuthenticationToken);
        if (authenticated && isExempt(caller)) {
            chain.doFilter(request, response);
            return;
        }
        String key = authenticated ? "sub:" + caller.getName() : "address:" + request.getRemoteAddr();
        ConsumptionProbe probe = buckets.get(key, ignored -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        refuse(response, probe.getNanosToWaitForRefill());
    }

    private boolean isExempt(Authentication caller) {
        for (GrantedAuthority authority : caller.getAuthorities()) {
            if (exemptAuthorities.contains(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst()).refillGreedy(limit.requests(), limit.period()))
                .build();
    }

    private void refuse(HttpServletResponse response, long nanosToWait) throws IOException {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait + TimeUnit.SECONDS.toNanos(1) - 1));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "more than " + limit.burst() + " requests at once or " + limit.requests() + " per " + limit.period()
                        + " from this caller; retry after " + seconds + " s");
        problem.setType(RATE_LIMITED);
        problem.setTitle("Too many requests");
        problem.setProperty("limit", limit.requests());
        problem.setProperty("period", limit.period().toString());
        problem.setProperty("burst", limit.burst());
        String requestId = MDC.get(RequestIdFilter.KEY);
        if (requestId != null) {
            problem.setProperty(RequestIdFilter.KEY, requestId);
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
