package dev.topset.analytics.report;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How every HTML report is answered: UTF-8 HTML under a Content-Security-Policy that allows exactly what the pages
 * hold (one inline {@code <style>}, charts as PNG data URIs) and nothing else: no script, no request to any
 * origin, no form, no framing. A value that slipped past the escaping (a note, a lift name) cannot run or load.
 */
public final class ReportPage {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; "
            + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    public static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private ReportPage() {
    }

    /** A 200 with the report's media type and policy; the caller adds the body. */
    public static ResponseEntity.BodyBuilder ok() {
        return ResponseEntity.ok().contentType(HTML).header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
