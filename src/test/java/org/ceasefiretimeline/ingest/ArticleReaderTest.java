package org.ceasefiretimeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    @Test
    void captions_bylines_datelines_and_page_debris_are_told_apart_from_paragraphs() {
        String text =
                """
                Truce talks stall in Cairo

                By Dana Levi
                GAZA CITY
                Smoke rises over Khan Younis, June 3, 2024. (Reuters/Staff)
                Smoke rises over Khan Younis, June 3, 2024. (Reuters/Staff)
                Negotiators left Cairo on Monday without a deal.
                Dana Levi is the paper’s diplomatic correspondent based in Jerusalem
                Reuters contributed to this report.
                Most Popular
                read more: other stories
                Content retrieved from: https://example.com/news/truce-talks-stall/.
                """;
        Article article = reader.read("a.txt", text, null);
        assertThat(article.title()).isEqualTo("Truce talks stall in Cairo");
        assertThat(article.blocks())
                .extracting(Block::kind, Block::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                BlockKind.HEADLINE, "Truce talks stall in Cairo"),
                        org.assertj.core.groups.Tuple.tuple(
                                BlockKind.CAPTION,
                                "Smoke rises over Khan Younis, June 3, 2024. (Reuters/Staff)"),
                        org.assertj.core.groups.Tuple.tuple(
                                BlockKind.PARAGRAPH,
                                "Negotiators left Cairo on Monday without a deal."));
        assertThat(article.url()).isEqualTo("https://example.com/news/truce-talks-stall/");
        assertThat(article.blocks().get(2).line()).isEqualTo(7);
    }

    @Test
    void the_publication_day_is_inferred_from_a_date_in_the_url() {
        Article article =
                reader.read(
                        "a.txt",
                        "Headline\nContent retrieved from: https://example.com/2021/05/16/report/\n",
                        null);
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 5, 16));
        assertThat(article.publishedSource()).isEqualTo(PublicationSource.INFERRED);
    }

    @Test
    void the_publication_day_is_inferred_from_a_dateline() {
        Article article =
                reader.read(
                        "a.txt",
                        "Headline\nWednesday 15 January 2025 22:22\nTalks resumed on Tuesday.\n",
                        null);
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(article.publishedEvidence()).contains("dateline");
        assertThat(article.blocks())
                .extracting(Block::kind, Block::text)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                BlockKind.DATELINE, "Wednesday 15 January 2025 22:22"));
    }

    @Test
    void
            the_publication_day_is_inferred_from_dated_captions_that_agree_with_the_weekdays_of_the_text() {
        String text =
                """
                Headline
                Troops near Rafah, Feb. 7, 2024. (AP Photo/Staff)
                An official said Thursday that talks were stuck.
                Egypt said on Thursday it was worried, a day after Blinken spoke on Wednesday.
                """;
        Article article = reader.read("a.txt", text, null);
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 2, 8));
        assertThat(article.publishedSource()).isEqualTo(PublicationSource.INFERRED);
    }

    @Test
    void a_photo_a_few_days_old_is_passed_over_for_the_day_the_text_reports_from() {
        String text =
                """
                Headline
                Relatives rally in Tel Aviv, Monday, Dec. 30, 2024. (AP Photo/Staff)
                Qatar said Thursday that talks would resume in Doha.
                A Hamas official told reporters on Thursday that the group had sent a list of names.
                """;
        Article article = reader.read("a.txt", text, null);
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void a_wire_dateline_gives_the_day_and_the_text_the_year() {
        String text =
                """
                Headline
                DOHA/GAZA, Nov 27 (Reuters) - Qatar said on Monday the truce would be extended by two days.
                The pause began on Nov. 24, 2023, after weeks of talks.
                """;
        Article article = reader.read("a.txt", text, null);
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 11, 27));
        assertThat(article.publishedEvidence()).contains("wire dateline");
    }

    @Test
    void a_numeric_byline_date_dates_the_article() {
        Article article =
                reader.read(
                        "a.txt",
                        "Headline\nPublished: 11.14.19 , 09:12\nTalks went on Thursday.\n",
                        null);
        assertThat(article.published()).isEqualTo(LocalDate.of(2019, 11, 14));
    }

    @Test
    void with_no_evidence_the_publication_day_is_unknown_and_the_article_says_so() {
        Article article = reader.read("plain.txt", "Headline\nTalks resumed on Tuesday.\n", null);
        assertThat(article.published()).isNull();
        assertThat(article.publishedSource()).isEqualTo(PublicationSource.UNKNOWN);
        assertThat(article.errors())
                .singleElement()
                .asString()
                .startsWith("plain.txt: publication day unknown");
    }

    @Test
    void the_manifest_wins_over_inference() {
        var meta =
                new ManifestEntry(
                        "a.txt", LocalDate.of(2020, 1, 1), "Pub", null, "Given title", null);
        Article article =
                reader.read(
                        "a.txt",
                        "Headline\nContent retrieved from: https://x.org/2021/05/16/a/\n",
                        meta);
        assertThat(article.published()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(article.publishedSource()).isEqualTo(PublicationSource.MANIFEST);
        assertThat(article.title()).isEqualTo("Given title");
    }
}
