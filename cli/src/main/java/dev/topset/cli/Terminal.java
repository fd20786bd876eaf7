package dev.topset.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What every command shares: settings, the services, the session file and the two output streams. */
final class Terminal {

    final CliSettings settings;
    final ObjectMapper json;
    final TopsetApi api;
    final PrintWriter out;
    final PrintWriter err;

    Terminal(CliSettings settings, ObjectMapper json, PrintWriter out, PrintWriter err) {
        this.settings = settings;
        this.json = json;
        this.api = new TopsetApi(json, settings.token());
        this.out = out;
        this.err = err;
    }

    static ObjectMapper newJson() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** A lift as it appears in URLs: "Bench Press" → bench-press. */
    static String liftPath(String lift) {
        return URLEncoder.encode(lift.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-"),
                StandardCharsets.UTF_8);
    }

    static String number(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "-" : number(node.decimalValue());
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
