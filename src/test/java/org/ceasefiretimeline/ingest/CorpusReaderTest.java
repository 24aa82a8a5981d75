package org.ceasefiretimeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input loses only the bad article, with a message that names its file. */
class CorpusReaderTest {

    private static final String GOOD =
            "Talks resume\nEgypt said on Monday that talks would resume.\n";

    @TempDir Path folder;

    private final CorpusReader reader = new CorpusReader();

    @Test
    void an_empty_file_a_binary_file_and_an_oversized_file_are_refused_while_the_others_are_read()
            throws IOException {
        Files.writeString(folder.resolve("good.txt"), GOOD);
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(
                folder.resolve("image.txt"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.write(
                folder.resolve("huge.txt"),
                ("Headline\n" + "Talks went on. ".repeat(700_000))
                        .getBytes(StandardCharsets.UTF_8));

        List<Article> articles = reader.read(List.of(folder), true).articles();

        assertThat(articles)
                .extracting(Article::file)
                .containsExactly("empty.txt", "good.txt", "huge.txt", "image.txt");
        assertThat(error(articles, "empty.txt")).contains("empty.txt").contains("empty");
        assertThat(error(articles, "image.txt")).contains("image.txt").contains("binary");
        assertThat(error(articles, "huge.txt")).contains("huge.txt").contains("MB");
        assertThat(articles.get(1).blocks()).hasSize(2);
    }

    @Test
    void a_windows_1252_file_keeps_its_curly_quotes() throws IOException {
        String text = "Egypt’s plan\n“We accept,” Hamas said on Monday.\n";
        Files.write(folder.resolve("cp1252.txt"), text.getBytes(Charset.forName("windows-1252")));
        Article article =
                reader.read(List.of(folder.resolve("cp1252.txt")), true).articles().get(0);
        assertThat(article.title()).isEqualTo("Egypt’s plan");
        assertThat(article.blocks().get(1).text()).isEqualTo("“We accept,” Hamas said on Monday.");
    }

    @Test
    void a_manifest_entry_naming_a_missing_file_becomes_an_article_with_an_error()
            throws IOException {
        Files.writeString(folder.resolve("good.txt"), GOOD);
        Files.writeString(
                folder.resolve("manifest.json"),
                """
                {"articles": [{"file": "good.txt", "published": "2024-06-07T09:30", "publisher": "Desk"},
                              {"file": "gone.txt", "published": "2024-06-07"}]}
                """);
        List<Article> articles = reader.read(List.of(folder), true).articles();
        assertThat(articles).extracting(Article::file).containsExactly("good.txt", "gone.txt");
        assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2024, 6, 7));
        assertThat(articles.get(0).publisher()).isEqualTo("Desk");
        assertThat(error(articles, "gone.txt")).contains("gone.txt").contains("does not exist");
    }

    @Test
    void a_malformed_manifest_is_reported_and_its_articles_are_still_read_with_inferred_days()
            throws IOException {
        Files.writeString(folder.resolve("good.txt"), GOOD);
        Files.writeString(
                folder.resolve("manifest.json"), "{\"articles\": [ {\"file\": \"good.txt\", ");
        CorpusReader.Corpus corpus = reader.read(List.of(folder), true);
        assertThat(corpus.errors())
                .singleElement()
                .asString()
                .contains("manifest.json")
                .contains("malformed JSON");
        assertThat(corpus.articles())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.blocks()).isNotEmpty();
                            assertThat(a.publishedSource()).isEqualTo(PublicationSource.UNKNOWN);
                        });
    }

    @Test
    void a_manifest_past_the_json_parser_s_limits_is_reported_as_malformed_not_a_crash()
            throws IOException {
        // Jackson reports its nesting and number-length limits without a location (found by
        // ManifestFuzzTest's probe)
        Path manifest = folder.resolve("manifest.json");
        for (String json :
                List.of(
                        "[".repeat(1001),
                        "{\"articles\": [{\"file\": " + "9".repeat(1001) + "}]}")) {
            Files.writeString(manifest, json);
            assertThatThrownBy(() -> new ManifestReader().read(manifest))
                    .isInstanceOf(InvalidManifestException.class)
                    .hasMessageStartingWith(manifest + ": malformed JSON: ");
        }
    }

    @Test
    void no_manifest_means_no_manifest_even_when_one_is_there() throws IOException {
        Files.writeString(folder.resolve("good.txt"), GOOD);
        Files.writeString(
                folder.resolve("manifest.json"),
                "{\"articles\": [{\"file\": \"good.txt\", \"published\": \"2024-06-07\"}]}");
        assertThat(reader.read(List.of(folder), false).articles().get(0).publishedSource())
                .isEqualTo(PublicationSource.UNKNOWN);
    }

    @Test
    void a_path_that_does_not_exist_is_an_error_naming_it() {
        List<Article> articles = reader.read(List.of(folder.resolve("nowhere")), true).articles();
        assertThat(articles.get(0).errors())
                .singleElement()
                .asString()
                .contains("nowhere")
                .contains("no such file");
    }

    private static String error(List<Article> articles, String file) {
        return articles.stream()
                .filter(a -> a.file().equals(file))
                .findFirst()
                .orElseThrow()
                .errors()
                .get(0);
    }
}
