package dev.topset.command.validation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Query parameters and the device header are {@link PlainText} too (they end up in events: a void's reason, the
 * device id). Refused before the controller runs, as a 400 naming the parameter.
 */
public class PlainTextParameters implements HandlerInterceptor {

    static final String DEVICE_HEADER = "X-Device-Id";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (!PlainText.isPlain(value)) {
                    throw new InvalidRequestException(parameter.getKey(), PlainText.MESSAGE);
                }
            }
        }
        String device = request.getHeader(DEVICE_HEADER);
        if (device != null && !PlainText.isPlain(device)) {
            throw new InvalidRequestException(DEVICE_HEADER, PlainText.MESSAGE);
        }
        return true;
    }
}
