package dev.topset.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void carriesTheCsvRowsUnderTheSameColumnNamesPlusTheRecommendation() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReport(mapper).write(ReportFixture.review(), out);
        JsonNode json = mapper.readTree(out.toByteArray());

        assertThat(json.get("columns")).hasSize(TrendColumns.names().size());
        assertThat(json.get("rows")).hasSize(4);
        JsonNode first = json.get("rows").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactlyElementsOf(TrendColumns.names());
        assertThat(first.get("date").asText()).isEqualTo("2025-01-06");
        assertThat(first.get("e1rm").decimalValue()).isEqualByComparingTo("123.30");
        assertThat(json.get("recommendation").get("type").asText()).isNotEmpty();
        assertThat(json.get("recommendation").get("evidence").get("checked")).isNotEmpty();
        assertThat(json.get("trends").get("e1rmSlopePerSession")).isNotNull();
    }
}
