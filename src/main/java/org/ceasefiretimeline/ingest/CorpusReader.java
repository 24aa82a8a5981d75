package org.ceasefiretimeline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads articles from files and folders. A folder's manifest gives metadata; an article that cannot
 * be read, or a manifest entry whose file is missing, becomes an article with an error so that the
 * rest go on.
 */
public final class CorpusReader {

    /** Everything read, and problems that belong to no single article (a malformed manifest). */
    public record Corpus(List<Article> articles, List<String> errors) {}

    private final ManifestReader manifests = new ManifestReader();
    private final ArticleReader reader = new ArticleReader();
    private final ArticleTextDecoder decoder = new ArticleTextDecoder();

    public Corpus read(List<Path> inputs, boolean useManifests) {
        List<Article> articles = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                readFolder(input, useManifests, articles, errors);
            } else if (Files.isRegularFile(input)) {
                Map<String, ManifestEntry> manifest =
                        useManifests
                                ? manifestOf(input.toAbsolutePath().getParent(), errors)
                                : Map.of();
                articles.add(readArticle(input, manifest.get(input.getFileName().toString())));
            } else {
                articles.add(
                        Article.unreadable(input.toString(), input + ": no such file or folder"));
            }
        }
        return new Corpus(articles, errors);
    }

    public Article readArticle(Path file, ManifestEntry meta) {
        String name = file.getFileName().toString();
        try {
            String text = decoder.decode(Files.readAllBytes(file));
            return reader.read(name, text, meta);
        } catch (UnreadableArticleException e) {
            return Article.unreadable(name, file + ": " + e.getMessage());
        } catch (IOException e) {
            return Article.unreadable(name, file + ": cannot be read: " + e.getMessage());
        }
    }

    private void readFolder(
            Path folder, boolean useManifests, List<Article> articles, List<String> errors) {
        Map<String, ManifestEntry> manifest = useManifests ? manifestOf(folder, errors) : Map.of();
        Set<String> seen = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                // articles are text; a folder may keep its manifest, gold files (.json) and notes
                // (.md) beside them
                if (name.endsWith(".json") || name.endsWith(".md") || name.startsWith(".")) {
                    continue;
                }
                seen.add(name);
                articles.add(readArticle(file, manifest.get(name)));
            }
        } catch (IOException e) {
            errors.add(folder + ": cannot list the folder: " + e.getMessage());
        }
        for (String listed : manifest.keySet()) {
            if (!seen.contains(listed)) {
                articles.add(
                        Article.unreadable(
                                listed,
                                folder.resolve(listed)
                                        + ": listed in "
                                        + ManifestReader.FILE_NAME
                                        + " but the file does not exist"));
            }
        }
    }

    private Map<String, ManifestEntry> manifestOf(Path folder, List<String> errors) {
        Path manifest = folder.resolve(ManifestReader.FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            return Map.of();
        }
        try {
            return manifests.read(manifest);
        } catch (InvalidManifestException e) {
            errors.add(
                    e.getMessage()
                            + "; publication days in "
                            + folder
                            + " are inferred from the text instead");
            return Map.of();
        }
    }
}
