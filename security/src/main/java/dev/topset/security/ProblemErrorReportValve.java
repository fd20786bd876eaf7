package dev.topset.security;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Requests Tomcat refuses before Spring sees them (an encoded slash or NUL in the path, a malformed request
 * line) get a problem+json body instead of Tomcat's HTML error page, and never a stack trace.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // the same guards as Tomcat's own page: only errors, only when nothing was written yet, only once
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String title = status >= 500 ? "Server error" : "Invalid request";
        String detail = status >= 500 ? "the request could not be processed"
                : "the request was refused before it reached the service (malformed URL, header or request line)";
        String body = "{\"type\":\"" + (status >= 500 ? "about:blank" : "urn:topset:problem:validation")
                + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException clientGone) {
            // the client went away or the response was closed meanwhile: nobody is left to read the problem
        }
    }
}
