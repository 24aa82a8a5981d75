package org.ceasefiretimeline.extract.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.ceasefiretimeline.extract.ArticleExtraction;
import org.ceasefiretimeline.extract.ExtractionPipeline;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.ingest.Block;
import org.ceasefiretimeline.ingest.BlockKind;
import org.ceasefiretimeline.ingest.CorpusReader;

/**
 * {@code benchmark [--articles N] [--seeds DIR]}: extraction throughput over a synthetic corpus made from the
 * seed articles (paragraphs reshuffled, publication days moved by up to a year either way), measured after a
 * warm-up round so the JIT has compiled the hot paths. Prints sentences and articles per second.
 */
public final class BenchmarkCommand {

    public int run(String[] args) {
        int count = 1000;
        Path seeds = Path.of("seed-articles");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> count = Integer.parseInt(args[++i]);
                case "--seeds" -> seeds = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: benchmark [--articles N] [--seeds DIR]");
                    return 2;
                }
            }
        }
        List<Article> templates = new CorpusReader().read(List.of(seeds), true).articles().stream()
                .filter(a -> a.errors().isEmpty()).toList();
        if (templates.isEmpty()) {
            System.err.println("benchmark: no readable articles in " + seeds);
            return 1;
        }
        ExtractionPipeline pipeline = new ExtractionPipeline();
        List<Article> corpus = synthetic(templates, count, new Random(42));
        System.out.printf("corpus: %d articles made from %d seeds; %d cores%n", corpus.size(), templates.size(),
                Runtime.getRuntime().availableProcessors());
        pipeline.extractAll(synthetic(templates, Math.max(200, count / 5), new Random(7)));
        long started = System.nanoTime();
        List<ArticleExtraction> results = pipeline.extractAll(corpus);
        double seconds = (System.nanoTime() - started) / 1e9;
        long sentences = results.stream().mapToLong(r -> r.sentences().size()).sum();
        long mentions = results.stream().mapToLong(r -> r.mentions().size()).sum();
        long events = results.stream().mapToLong(r -> r.events().size()).sum();
        System.out.printf("extracted %d sentences, %d date mentions, %d events in %.2f s%n", sentences, mentions, events,
                seconds);
        System.out.printf("sentences/s: %.0f%narticles/s: %.0f%n", sentences / seconds, corpus.size() / seconds);
        return 0;
    }

    private static List<Article> synthetic(List<Article> templates, int count, Random random) {
        List<Article> corpus = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Article t = templates.get(i % templates.size());
            List<Block> body = new ArrayList<>(t.blocks().subList(1, t.blocks().size()));
            Collections.shuffle(body, random);
            List<Block> blocks = new ArrayList<>();
            blocks.add(t.blocks().get(0));
            for (int b = 0; b < body.size(); b++) {
                Block block = body.get(b);
                blocks.add(new Block(b + 2, block.kind() == BlockKind.HEADLINE ? BlockKind.PARAGRAPH : block.kind(),
                        block.text()));
            }
            corpus.add(new Article("synthetic-" + i + ".txt", t.title(), t.publisher(), t.url(),
                    t.published().plusDays(random.nextInt(731) - 365), t.publishedSource(), t.publishedEvidence(),
                    t.timezone(), blocks, List.of()));
        }
        return corpus;
    }
}
