package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.ingest.Block;
import org.ceasefiretimeline.ingest.BlockKind;

/**
 * The extraction pipeline: sentences, then date mentions, then negotiation events. Plain Java with
 * no Spring and no database, so that the command line, the tests, the benchmark and the web app run
 * the same code.
 */
public final class ExtractionPipeline {

    private static final Pattern OPERATION =
            Pattern.compile(
                    "Operation(?: [A-Z][a-z]+)+(?: (?:and|of) [A-Z][a-z]+(?: [A-Z][a-z]+)*)?");

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DateMentionFinder dates = new DateMentionFinder();
    private final NegotiationFinder negotiations = new NegotiationFinder();

    public ArticleExtraction extract(Article article) {
        List<Sentence> sentences = sentences(article);
        List<DateMention> mentions = dates.find(article, sentences);
        ArticleActors actors = ArticleActors.of(sentences);
        List<NegotiationEvent> events = negotiations.find(sentences, mentions, actors);
        return new ArticleExtraction(
                article,
                sentences,
                mentions,
                events,
                actors.focalGroup(),
                actors.mediators(),
                operation(sentences));
    }

    /** Extracts every article on all cores, keeping the input order. */
    public List<ArticleExtraction> extractAll(List<Article> articles) {
        List<ArticleExtraction> results = new ArrayList<>();
        extractEach(articles, a -> true, (a, x) -> results.add(x));
        return results;
    }

    /**
     * Extracts on all cores the articles {@code wanted} accepts, and hands every article to {@code
     * each} in input order, with its extraction ({@code null} for one not wanted), as soon as it
     * and those before it are done: the caller's work on one article (storing it) overlaps the
     * extraction of the next ones, and stopping early leaves the rest unextracted.
     */
    public void extractEach(
            List<Article> articles,
            Predicate<Article> wanted,
            BiConsumer<Article, ArticleExtraction> each) {
        List<Boolean> extracting = articles.stream().map(wanted::test).toList();
        long count = extracting.stream().filter(b -> b).count();
        int threads =
                (int) Math.max(1, Math.min(count, Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            for (int i = 0; i < articles.size(); i++) {
                Article article = articles.get(i);
                each.accept(article, extracting.get(i) ? extractSafely(article) : null);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ArticleExtraction>> futures = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                Article article = articles.get(i);
                futures.add(extracting.get(i) ? pool.submit(() -> extractSafely(article)) : null);
            }
            for (int i = 0; i < articles.size(); i++) {
                Future<ArticleExtraction> future = futures.set(i, null);
                // handed on, an extraction is the caller's to keep or let go
                each.accept(articles.get(i), future == null ? null : future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A bug met on one article's text loses that article's events, never the other articles. */
    private ArticleExtraction extractSafely(Article article) {
        try {
            return extract(article);
        } catch (RuntimeException e) {
            return ArticleExtraction.failed(
                    article.withErrors(List.of(article.file() + ": extraction failed: " + e)));
        }
    }

    /** "Operation Shield and Arrow": the first named operation in the article, if any. */
    private static String operation(List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            Matcher m = OPERATION.matcher(sentence.text());
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    List<Sentence> sentences(Article article) {
        List<Sentence> sentences = new ArrayList<>();
        List<Block> blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            // a caption is one unit: its dateline and credit belong together; so is a dateline
            boolean whole = block.caption() || block.kind() == BlockKind.DATELINE;
            List<String> parts = whole ? List.of(block.text()) : splitter.split(block.text());
            for (String part : parts) {
                sentences.add(
                        new Sentence(sentences.size(), b, block.line(), part, block.caption()));
            }
        }
        return sentences;
    }
}
