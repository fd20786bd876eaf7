package dev.topset.command.validation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A write answers JSON (or a problem). Spring finds out that the client accepts neither ({@code Accept:
 * application/xml}) only when it writes the answer, after the command was recorded: the client saw a 406 refusal
 * for a set that was logged. The Accept header of a write is judged before the controller runs, so a 406 records
 * nothing. Reads keep their own types (the JSON-lines export).
 */
public class JsonAnswers implements HandlerInterceptor {

    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON,
            MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!(handler instanceof HandlerMethod) || accept == null || accept.isBlank()
                || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return true;
        }
        List<MediaType> acceptable;
        try {
            acceptable = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("the Accept header cannot be read: " + e.getMessage());
        }
        if (acceptable.stream().anyMatch(type -> ANSWERS.stream().anyMatch(type::isCompatibleWith))) {
            return true;
        }
        throw new HttpMediaTypeNotAcceptableException(ANSWERS);
    }
}
