package dev.topset.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses request bodies above {@code topset.security.max-request-body} before anything reads them: 413
 * problem+json when the declared Content-Length is too large; a chunked body is cut off at the limit (the reader
 * fails, which the services answer 400). Tomcat's own limits only cover form posts.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

    static final URI TOO_LARGE = URI.create("urn:topset:problem:payload-too-large");
    /** Bodies up to this many times the limit are drained before the 413; larger ones lose the connection. */
    private static final long DRAIN_FACTOR = 4;

    private final long maxCommandBytes;
    private final List<PathPattern> uploadPaths;
    private final long maxUploadBytes;
    private final ObjectMapper json;

    RequestBodyLimit(long maxCommandBytes, List<String> uploadPaths, long maxUploadBytes, ObjectMapper json) {
        this.maxCommandBytes = maxCommandBytes;
        this.uploadPaths = uploadPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.maxUploadBytes = maxUploadBytes;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = isUpload(request) ? maxUploadBytes : maxCommandBytes;
        if (request.getContentLengthLong() > maxBytes) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "the request body is larger than " + maxBytes + " bytes");
            problem.setType(TOO_LARGE);
            problem.setTitle("Request body too large");
            if (request.getContentLengthLong() <= maxBytes * DRAIN_FACTOR) {
                // The client is still sending: read and drop the rest, or closing the connection under its feet
                // can cost it the answer (a reset instead of the 413).
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
            } else {
                response.setHeader("Connection", "close");
            }
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, maxBytes) : request, response);
    }

    /** A body without Content-Length (chunked) may not grow beyond the limit either. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long maxBytes;
        private long read;

        CountingStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new IOException("request body larger than " + maxBytes + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }

    private boolean isUpload(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return uploadPaths.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
