package org.ceasefiretimeline.extract.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ceasefiretimeline.extract.ArticleExtraction;
import org.ceasefiretimeline.extract.ExtractionPipeline;
import org.ceasefiretimeline.extract.ReviewThreshold;
import org.ceasefiretimeline.ingest.CorpusReader;

/**
 * {@code extract <files or folders> [--no-manifest]}: runs ingestion and extraction alone and
 * prints the JSON report on standard output. Problems go to standard error, each naming its file,
 * and into the report. With {@code --calibration GOLD} it also prints, on standard error, how the
 * confidences hold against that gold. Exit status: 0 when every article was read cleanly, 1 when
 * some had problems, 2 on bad usage.
 */
public final class ExtractCommand {

    private static final String USAGE =
            "usage: extract <article files or folders>... [--no-manifest]"
                    + " [--calibration GOLD.json]";

    public int run(String[] args) {
        List<Path> inputs = new ArrayList<>();
        boolean useManifests = true;
        Path gold = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-manifest")) {
                useManifests = false;
            } else if (arg.equals("--calibration") && i + 1 < args.length) {
                gold = Path.of(args[++i]);
            } else if (arg.startsWith("--")) {
                System.err.println("extract: unknown option " + arg + "\n" + USAGE);
                return 2;
            } else {
                inputs.add(Path.of(arg));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println(USAGE);
            return 2;
        }
        CorpusReader.Corpus corpus = new CorpusReader().read(inputs, useManifests);
        List<ArticleExtraction> extractions =
                new ExtractionPipeline().extractAll(corpus.articles());
        PrintStream err = System.err;
        corpus.errors().forEach(e -> err.println("extract: " + e));
        extractions.forEach(x -> x.article().errors().forEach(e -> err.println("extract: " + e)));
        var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(new ReportWriter().write(extractions, corpus.errors()));
        out.flush();
        if (gold != null) {
            try {
                CalibrationReport.print(
                        CalibrationReport.score(gold, extractions), ReviewThreshold.VALUE, err);
            } catch (IOException | RuntimeException e) {
                err.println("extract: cannot read gold file " + gold + ": " + e.getMessage());
                return 2;
            }
        }
        boolean clean =
                corpus.errors().isEmpty()
                        && extractions.stream().allMatch(x -> x.article().errors().isEmpty());
        return clean ? 0 : 1;
    }
}
