package org.ceasefiretimeline.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefiretimeline.ingest.RuleFile;

/** The closed word classes of {@code grammar-words.txt}, one set each. */
final class GrammarWords {

    enum Name {
        BE,
        LIST_GLUE,
        RELATIVE,
        POSSESSIVE,
        AUXILIARY,
        DETERMINER,
        PREPOSITION,
        QUOTE_MARK,
        FLOATING,
        GERUND_OPENER,
        DATE_PREPOSITION,
        REFUSING_AUXILIARY,
        WILLING_MODAL,
        EFFECT_FILLER,
        QUOTATION_END,
        TERM_VERB,
        PARTICLE,
        HALT,
        MEMBER_OF,
        MOTION,
        PLACE_PREPOSITION
    }

    private static final Map<Name, Set<String>> WORDS = new EnumMap<>(Name.class);

    static {
        for (List<String> entry : RuleFile.load(GrammarWords.class, "grammar-words.txt")) {
            WORDS.put(Name.valueOf(entry.get(0)), Set.of(entry.get(1).split(";\\s+")));
        }
        for (Name name : Name.values()) {
            if (!WORDS.containsKey(name)) {
                throw new IllegalStateException("grammar-words.txt has no " + name);
            }
        }
    }

    private GrammarWords() {}

    static Set<String> of(Name name) {
        return WORDS.get(name);
    }
}
