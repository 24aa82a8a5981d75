package org.ceasefiretimeline.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void prints_the_report_with_errors_on_stderr_and_in_the_article_while_the_rest_is_processed()
            throws IOException {
        Files.writeString(
                folder.resolve("a.txt"),
                "Truce talks\nHamas rejected the Egyptian proposal on Monday.\n");
        Files.writeString(
                folder.resolve("nodates.txt"), "Analysis\nThe region waits for an answer.\n");
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.writeString(
                folder.resolve("manifest.json"),
                "{\"articles\": [{\"file\": \"a.txt\", \"published\": \"2024-06-07\"},"
                        + " {\"file\": \"nodates.txt\", \"published\": \"2024-06-07\"}]}");

        int status = new ExtractCommand().run(new String[] {folder.toString()});

        assertThat(status).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode a = report.get("articles").get(0);
        assertThat(a.get("file").asText()).isEqualTo("a.txt");
        assertThat(a.get("publishedSource").asText()).isEqualTo("MANIFEST");
        assertThat(a.get("mentions").get(0).get("start").asText()).isEqualTo("2024-06-03");
        assertThat(a.get("mentions").get(0).get("precision").asText()).isEqualTo("DAY");
        assertThat(a.get("events").findValuesAsText("stance")).contains("REJECT");
        JsonNode empty = report.get("articles").get(1);
        assertThat(empty.get("errors").get(0).asText()).contains("empty.txt");
        JsonNode noDates = report.get("articles").get(2);
        assertThat(noDates.get("mentions")).isEmpty();
        assertThat(noDates.get("errors")).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("empty.txt")
                .doesNotContain("a.txt");
    }

    @Test
    void bad_usage_exits_2_with_the_usage_line() {
        assertThat(new ExtractCommand().run(new String[] {"--bogus"})).isEqualTo(2);
        assertThat(new ExtractCommand().run(new String[0])).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: extract");
    }
}
