package org.ceasefiretimeline.extract.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ceasefiretimeline.extract.ArticleExtraction;
import org.ceasefiretimeline.extract.DateMention;

/**
 * How honest the confidences are against a gold file (the format of {@code
 * shared/eval/seed-gold.json}): for each confidence bucket, how many found dates fall in it and how
 * many of those are right, the Brier score, and what the review queue's threshold catches. A gold
 * date is matched as {@code score.py} matches it.
 */
final class CalibrationReport {

    private static final double[] EDGES = {0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001};

    record Scored(double confidence, boolean right) {}

    static List<Scored> score(Path gold, List<ArticleExtraction> extractions) throws IOException {
        JsonNode articles = new ObjectMapper().readTree(Files.readString(gold)).path("articles");
        List<Scored> scored = new ArrayList<>();
        for (ArticleExtraction x : extractions) {
            String file = Path.of(x.article().file()).getFileName().toString();
            for (JsonNode g : articles.path(file).path("mentions")) {
                String quote = norm(g.path("quote").asText());
                String expr = norm(g.path("expr").asText());
                String from = g.has("date") ? g.path("date").asText() : g.path("from").asText();
                String to = g.has("date") ? g.path("date").asText() : g.path("to").asText();
                // as calibration.py: every reading of the gold date must be right, and the least
                // sure one counts
                double confidence = 2;
                boolean right = true;
                for (DateMention m : x.mentions()) {
                    String text = norm(m.text());
                    if (norm(m.sentence().text()).contains(quote)
                            && (text.contains(expr) || expr.contains(text))) {
                        String day =
                                m.resolved() ? m.resolution().start().toLocalDate().toString() : "";
                        right &= day.compareTo(from) >= 0 && day.compareTo(to) <= 0;
                        confidence = Math.min(confidence, m.confidence());
                    }
                }
                if (confidence <= 1) {
                    scored.add(new Scored(confidence, right));
                }
            }
        }
        return scored;
    }

    static void print(List<Scored> scored, double threshold, PrintStream out) {
        out.println("calibration: confidence bucket, dates, right, reliability");
        for (int b = 0; b + 1 < EDGES.length; b++) {
            double lo = EDGES[b];
            double hi = EDGES[b + 1];
            List<Scored> in =
                    scored.stream()
                            .filter(s -> s.confidence() >= lo && s.confidence() < hi)
                            .toList();
            long right = in.stream().filter(Scored::right).count();
            out.printf(
                    Locale.ROOT,
                    "  [%.2f, %.2f)  %4d  %4d  %s%n",
                    lo,
                    Math.min(1, hi),
                    in.size(),
                    right,
                    in.isEmpty()
                            ? "-"
                            : String.format(Locale.ROOT, "%.3f", (double) right / in.size()));
        }
        double brier =
                scored.stream()
                        .mapToDouble(s -> Math.pow(s.confidence() - (s.right() ? 1 : 0), 2))
                        .average()
                        .orElse(0);
        long wrong = scored.stream().filter(s -> !s.right()).count();
        long caught = scored.stream().filter(s -> !s.right() && s.confidence() < threshold).count();
        long wasted = scored.stream().filter(s -> s.right() && s.confidence() < threshold).count();
        out.printf(Locale.ROOT, "  Brier score %.4f over %d dates%n", brier, scored.size());
        out.printf(
                Locale.ROOT,
                "  review queue (confidence < %.2f): catches %d of %d wrong dates, flags %d of %d right ones%n",
                threshold,
                caught,
                wrong,
                wasted,
                scored.size() - wrong);
    }

    private static String norm(String s) {
        return s.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201c', '"')
                .replace('\u201d', '"')
                .replace('\u00a0', ' ')
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private CalibrationReport() {}
}
