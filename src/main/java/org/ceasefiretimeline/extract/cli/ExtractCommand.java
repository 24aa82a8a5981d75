package org.ceasefiretimeline.extract.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
        PrintStream err = System.err;
        corpus.errors().forEach(e -> err.println("extract: " + e));
        // the report streams out article by article; only a calibration needs them all kept
        List<ArticleExtraction> kept = new ArrayList<>();
        boolean calibrating = gold != null;
        boolean[] clean = {corpus.errors().isEmpty()};
        try {
            ReportWriter.Report report = new ReportWriter().open(System.out);
            new ExtractionPipeline()
                    .extractEach(
                            corpus.articles(),
                            a -> true,
                            (article, x) -> {
                                x.article().errors().forEach(e -> err.println("extract: " + e));
                                clean[0] &= x.article().errors().isEmpty();
                                if (calibrating) {
                                    kept.add(x);
                                }
                                try {
                                    report.add(x);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
            report.finish(corpus.errors());
        } catch (IOException | UncheckedIOException e) {
            err.println("extract: cannot write the report: " + e.getMessage());
            return 2;
        }
        if (gold != null) {
            try {
                CalibrationReport.print(
                        CalibrationReport.score(gold, kept), ReviewThreshold.VALUE, err);
            } catch (IOException | RuntimeException e) {
                err.println("extract: cannot read gold file " + gold + ": " + e.getMessage());
                return 2;
            }
        }
        return clean[0] ? 0 : 1;
    }
}
