package org.ceasefiretimeline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the text of a saved news page into an {@link Article}: the headline is the first line;
 * photo captions, bylines, datelines and page debris are told apart from paragraphs.
 */
public final class ArticleReader {

    private final PublicationDayInferrer inferrer = new PublicationDayInferrer();

    /**
     * @param meta what a manifest says about the article, or null
     */
    public Article read(String file, String text, ManifestEntry meta) {
        List<Block> blocks = new ArrayList<>();
        List<String> datelines = new ArrayList<>();
        String url = meta != null ? meta.url() : null;
        String headline = null;
        String previous = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Optional<PageLineRules.Match> match = PageLineRules.classify(line);
            if (headline == null
                    && match.map(m -> m.kind() == PageLineRules.Kind.DEBRIS).orElse(false)) {
                continue;
            }
            if (headline == null) {
                headline = line;
                blocks.add(new Block(i + 1, BlockKind.HEADLINE, line));
            } else if (line.equals(previous)) {
                // pages repeat a photo's caption under it: the repeated line is a caption either
                // way
                blocks.set(
                        blocks.size() - 1,
                        new Block(blocks.get(blocks.size() - 1).line(), BlockKind.CAPTION, line));
            } else if (line.equals(headline)) {
                continue;
            } else if (match.isEmpty()) {
                blocks.add(new Block(i + 1, BlockKind.PARAGRAPH, line));
            } else {
                switch (match.get().kind()) {
                    case CAPTION -> blocks.add(new Block(i + 1, BlockKind.CAPTION, line));
                    case URL -> url = url != null ? url : match.get().matcher().group(1);
                    case PUBLISHED -> {
                        datelines.add(line);
                        blocks.add(new Block(i + 1, BlockKind.DATELINE, line));
                    }
                    case DEBRIS, BYLINE, DATELINE -> {}
                }
            }
            previous = line;
        }
        return withPublication(file, meta, url, headline, datelines, blocks);
    }

    private Article withPublication(
            String file,
            ManifestEntry meta,
            String url,
            String headline,
            List<String> datelines,
            List<Block> blocks) {
        String title = meta != null && meta.title() != null ? meta.title() : headline;
        String publisher = meta != null ? meta.publisher() : null;
        var zone = meta != null && meta.timezone() != null ? meta.timezone() : Article.DEFAULT_ZONE;
        List<String> errors = new ArrayList<>();
        if (headline == null) {
            errors.add(file + ": no text after removing page debris");
        }
        if (meta != null && meta.published() != null) {
            return new Article(
                    file,
                    title,
                    publisher,
                    url,
                    meta.published(),
                    PublicationSource.MANIFEST,
                    "manifest.json",
                    zone,
                    blocks,
                    errors);
        }
        var inferred = inferrer.infer(url, datelines, blocks);
        if (inferred.isPresent()) {
            return new Article(
                    file,
                    title,
                    publisher,
                    url,
                    inferred.get().day(),
                    PublicationSource.INFERRED,
                    inferred.get().evidence(),
                    zone,
                    blocks,
                    errors);
        }
        errors.add(
                file
                        + ": publication day unknown (no manifest entry, no date in the URL, no dateline,"
                        + " no dated caption that agrees with the text); relative dates are left unresolved");
        return new Article(
                file,
                title,
                publisher,
                url,
                null,
                PublicationSource.UNKNOWN,
                null,
                zone,
                blocks,
                errors);
    }
}
