package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ceasefiretimeline.ingest.RuleFile;

/**
 * The probability that a resolved date is right: a logistic model over what the resolution rested
 * on, its weights in {@code confidence-model.txt}, fitted on the development set ({@code
 * bench/fit-confidence.py}). An unresolved date has probability 0.
 */
final class ConfidenceModel {

    /** The signals the model weighs; each is 1 when it holds, else 0. */
    enum Feature {
        BIAS,
        ABSOLUTE,
        MONTH_DAY,
        MONTH,
        WEEKDAY,
        RELATIVE_DAY,
        WEEK,
        ANCHORED_OFFSET,
        SPAN,
        NATTY,
        UNCUED,
        WEAK_CUE,
        FUTURE,
        NEAREST,
        CONTESTED,
        FAR_WEEKDAY,
        LONG_AGO,
        ANCHORED,
        QUOTED,
        CAPTION
    }

    /**
     * A bare weekday read this many days or more from publication is a FAR_WEEKDAY: its other
     * reading is then three days or fewer the other way ("Thursday" in a Monday article: four days
     * back or three ahead), so the tense cue that chose between them decided a close call.
     */
    private static final int FAR_WEEKDAY_DAYS = 4;

    /**
     * A count back or forward this many days or more is a LONG_AGO: "five years ago", "a month ago"
     * name a past event roughly, and the event's own day is seldom the counted one.
     */
    private static final int LONG_AGO_DAYS = 28;

    static final ConfidenceModel INSTANCE = new ConfidenceModel(load());

    private final Map<Feature, Double> weights;

    ConfidenceModel(Map<Feature, Double> weights) {
        this.weights = weights;
    }

    private static Map<Feature, Double> load() {
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (List<String> entry : RuleFile.load(ConfidenceModel.class, "confidence-model.txt")) {
            weights.put(Feature.valueOf(entry.get(0)), Double.parseDouble(entry.get(1)));
        }
        return weights;
    }

    double probability(String rule, Resolution resolution, DateEvidence evidence, boolean caption) {
        if (!resolution.resolved()) {
            return 0;
        }
        double logit = 0;
        for (Feature f : features(rule, evidence, caption)) {
            logit += weights.getOrDefault(f, 0.0);
        }
        return Math.round(1000 / (1 + Math.exp(-logit))) / 1000.0;
    }

    static List<Feature> features(String rule, DateEvidence evidence, boolean caption) {
        Feature group = group(rule);
        boolean directed =
                group == Feature.WEEKDAY
                        || group == Feature.MONTH_DAY
                        || group == Feature.MONTH
                        || group == Feature.NATTY;
        List<Feature> on = new ArrayList<>(List.of(Feature.BIAS));
        if (group != null) {
            on.add(group);
        }
        if (directed && !evidence.cued()) {
            on.add(Feature.UNCUED);
        }
        if (directed && evidence.cued() && !evidence.firm()) {
            on.add(Feature.WEAK_CUE);
        }
        if (directed && evidence.direction().ahead()) {
            on.add(Feature.FUTURE);
        }
        if (directed && evidence.direction() == Direction.NEAREST) {
            on.add(Feature.NEAREST);
        }
        if (directed && evidence.contested()) {
            on.add(Feature.CONTESTED);
        }
        // a weekday four days or more from publication: the two readings are close to equally far
        if (group == Feature.WEEKDAY && evidence.daysFromPublication() >= FAR_WEEKDAY_DAYS) {
            on.add(Feature.FAR_WEEKDAY);
        }
        if (group == Feature.ANCHORED_OFFSET && evidence.daysFromPublication() >= LONG_AGO_DAYS) {
            on.add(Feature.LONG_AGO);
        }
        if (evidence.anchored()) {
            on.add(Feature.ANCHORED);
        }
        if (evidence.quoted()) {
            on.add(Feature.QUOTED);
        }
        if (caption) {
            on.add(Feature.CAPTION);
        }
        return on;
    }

    private static Feature group(String rule) {
        return switch (rule) {
            case "FULL_DATE", "ISO_DATE", "MONTH_YEAR", "YEAR" -> Feature.ABSOLUTE;
            case "MONTH_DAY", "DAY_OF_MONTH" -> Feature.MONTH_DAY;
            case "MONTH", "PART_OF_MONTH", "PART_OF_YEAR", "WEEK_OF_MONTH", "SEASON", "HOLIDAY" ->
                    Feature.MONTH;
            case "WEEKDAY" -> Feature.WEEKDAY;
            case "RELATIVE_DAY", "OVERNIGHT" -> Feature.RELATIVE_DAY;
            case "WEEK", "PART_OF_WEEK", "RELATIVE_MONTH_YEAR" -> Feature.WEEK;
            case "OFFSET", "CLOCK", "AGO" -> Feature.ANCHORED_OFFSET;
            case "SPAN" -> Feature.SPAN;
            case "NATTY" -> Feature.NATTY;
            default -> null;
        };
    }
}
