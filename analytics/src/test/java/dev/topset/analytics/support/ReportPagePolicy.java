package dev.topset.analytics.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.ResponseEntity;

/** The Content-Security-Policy every HTML report must carry (issue 15): only inline style and data: images. */
public final class ReportPagePolicy {

    private ReportPagePolicy() {
    }

    public static void assertStrict(ResponseEntity<String> page) {
        assertThat(page.getHeaders().get("Content-Security-Policy")).as("one policy").hasSize(1);
        String policy = page.getHeaders().getFirst("Content-Security-Policy");
        assertThat(policy.split(";\\s*")).contains("default-src 'none'", "img-src data:",
                "style-src 'unsafe-inline'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("script-src", "*", "http");
        // what the page uses fits the policy: no script, no external reference
        assertThat(page.getBody()).doesNotContain("<script", "src=\"http", "href=\"http", "@import", "url(");
    }
}
