package dev.topset.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.analytics.support.TrainingLog;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    @Test
    void writesOneRowPerSessionUnderTheTrendColumns() throws Exception {
        StringWriter out = new StringWriter();
        new CsvReport().write(ReportFixture.review(), out);

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(out.toString()).startsWith(String.join(",", TrendColumns.names()) + "\r\n");
        assertThat(records).hasSize(4);

        CSVRecord first = records.get(0);
        assertThat(first.get("athlete_id")).isEqualTo(TrainingLog.ATHLETE.toString());
        assertThat(first.get("lift")).isEqualTo("squat");
        assertThat(first.get("unit")).isEqualTo("KG");
        assertThat(first.get("date")).isEqualTo("2025-01-06");
        assertThat(first.get("top_load")).isEqualTo("100");
        assertThat(first.get("e1rm")).isEqualTo("123.3");
        assertThat(first.get("e1rm_method")).isEqualTo("RPE_CHART");
        assertThat(first.get("backoff_volume_load")).isEqualTo("1350");
        assertThat(first.get("backoff_rpe_drift")).isEqualTo("1");

        CSVRecord noBackoffs = records.get(2);
        assertThat(noBackoffs.get("backoff_sets_done")).isEqualTo("0");
        assertThat(noBackoffs.get("backoff_rpe_mean")).isEmpty();
        assertThat(noBackoffs.get("backoff_volume_load")).isEqualTo("0");
    }
}
