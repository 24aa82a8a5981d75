package org.ceasefiretimeline.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ceasefiretimeline.extract.ArticleExtraction;
import org.ceasefiretimeline.extract.ExtractionPipeline;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.ingest.ArticleReader;
import org.ceasefiretimeline.ingest.ArticleTextDecoder;
import org.ceasefiretimeline.ingest.CorpusReader;
import org.ceasefiretimeline.ingest.ManifestEntry;
import org.ceasefiretimeline.ingest.UnreadableArticleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports article files and folders: reads them, runs the extraction pipeline on all cores and
 * stores each article in its own transaction, in order, while the next ones are being extracted,
 * logging progress; an article whose text is stored already is not extracted again (an import run
 * again after a crash goes straight to where it stopped). An article that cannot be read is
 * reported, not stored. Instances sharing a database import one at a time ({@link ImportLock}).
 */
@Component
public class ArticleImporter {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleImporter.class);

    private final ImportService importService;
    private final ImportLock lock;
    private final ExtractionPipeline pipeline = new ExtractionPipeline();

    ArticleImporter(ImportService importService, ImportLock lock) {
        this.importService = importService;
        this.lock = lock;
    }

    /** One pasted or uploaded article; nothing is stored when it cannot be read or has no text. */
    public UploadResult importUpload(String fileName, byte[] content, ManifestEntry meta) {
        String text;
        try {
            text = new ArticleTextDecoder().decode(content);
        } catch (UnreadableArticleException e) {
            return UploadResult.refused(fileName, e.getMessage());
        }
        Article article = new ArticleReader().read(fileName, text, meta);
        if (article.blocks().isEmpty()) {
            return UploadResult.refused(
                    fileName,
                    article.errors().isEmpty()
                            ? "no text in it"
                            : String.join("; ", article.errors()));
        }
        ArticleExtraction x = pipeline.extract(article);
        boolean added =
                lock.holding(
                        "Upload of " + fileName,
                        () -> {
                            boolean stored = importService.importArticle(x);
                            if (stored) {
                                importService.summarizeOutcomes();
                            }
                            return stored;
                        });
        LOG.info(
                "{}: {} ({} dates, {} events)",
                fileName,
                added ? "imported" : "already imported",
                x.mentions().size(),
                x.events().size());
        ImportService.StoredCount stored = importService.storedCount(x);
        return new UploadResult(
                fileName,
                added ? UploadResult.Outcome.ADDED : UploadResult.Outcome.ALREADY_IMPORTED,
                stored.articleId(),
                stored.events(),
                article.errors());
    }

    public ImportResult importPaths(List<Path> inputs) {
        return lock.holding("Import of " + inputs, () -> importHolding(inputs));
    }

    private ImportResult importHolding(List<Path> inputs) {
        CorpusReader.Corpus corpus = new CorpusReader().read(inputs, true);
        List<String> problems = new ArrayList<>(corpus.errors());
        List<Article> articles = corpus.articles();
        LOG.info("Importing {} articles from {}", articles.size(), inputs);
        // an article already there (an import run again after a crash, say) is not extracted again;
        // the others are stored one by one while the next ones are being extracted
        int[] counts = new int[3]; // done, added, known
        pipeline.extractEach(
                articles,
                a -> !a.blocks().isEmpty() && !importService.isImported(a),
                (article, x) -> {
                    int done = ++counts[0];
                    if (article.blocks().isEmpty()) {
                        problems.addAll(article.errors());
                        LOG.warn(
                                "[{}/{}] {}: not imported: {}",
                                done,
                                articles.size(),
                                article.file(),
                                article.errors());
                    } else if (x != null && importService.importArticle(x)) {
                        problems.addAll(x.article().errors());
                        counts[1]++;
                        LOG.info(
                                "[{}/{}] {}: {} dates, {} events",
                                done,
                                articles.size(),
                                article.file(),
                                x.mentions().size(),
                                x.events().size());
                    } else {
                        problems.addAll(x == null ? article.errors() : x.article().errors());
                        counts[2]++;
                        LOG.info(
                                "[{}/{}] {}: already imported",
                                done,
                                articles.size(),
                                article.file());
                    }
                });
        if (counts[1] > 0) {
            importService.summarizeOutcomes();
        }
        ImportResult result = new ImportResult(counts[1], counts[2], problems);
        LOG.info("Import done: {}", result);
        return result;
    }
}
