package org.ceasefiretimeline.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefiretimeline.ingest.RuleFile;

/**
 * The lemmas of the cue words, found by hash look-up of a token's surface form: every cue lemma
 * with its regular inflections (rules below) and the irregular ones of {@code irregular-forms.txt}.
 * Words that are no cue keep their lower-case form as lemma, which is all the cues need.
 */
final class CueLexicon {

    private final Map<String, String> lemmaBySurface = new HashMap<>();

    CueLexicon(Set<String> lemmas) {
        Map<String, List<String>> irregular = new HashMap<>();
        for (List<String> entry : RuleFile.load(CueLexicon.class, "irregular-forms.txt")) {
            irregular.put(entry.get(0), List.of(entry.get(1).split(";\\s*")));
        }
        for (String lemma : lemmas) {
            for (String form : regularForms(lemma)) {
                if (!form.equals(lemma)) {
                    lemmaBySurface.putIfAbsent(form, lemma);
                }
            }
            irregular
                    .getOrDefault(lemma, List.of())
                    .forEach(form -> lemmaBySurface.put(form, lemma));
        }
        // a cue written as a form of another ("demands" of demand) keeps that lemma; matching also
        // tries the word itself
        lemmas.forEach(l -> lemmaBySurface.putIfAbsent(l, l));
    }

    String lemma(String lower) {
        return lemmaBySurface.getOrDefault(lower, lower);
    }

    /**
     * accept: accepts, accepted, accepting; agree: agreed, agreeing; rebuff: rebuffs, rebuffed;
     * table: tabled; reach: reaches.
     */
    static Set<String> regularForms(String lemma) {
        Set<String> forms = new HashSet<>();
        forms.add(lemma);
        forms.add(lemma + "s");
        // "reaches", "pushes", "vetoes"; but "planes" is no form of "plan"
        if (lemma.matches(".*(s|x|z|ch|sh|o)")) {
            forms.add(lemma + "es");
        }
        forms.add(lemma + "ed");
        forms.add(lemma + "ing");
        if (lemma.endsWith("e")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            forms.add(lemma + "d");
            forms.add(stem + "ing");
        }
        if (lemma.endsWith("y")
                && lemma.length() > 2
                && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0) {
            String stem = lemma.substring(0, lemma.length() - 1);
            forms.add(stem + "ied");
            forms.add(stem + "ies");
        }
        char last = lemma.charAt(lemma.length() - 1);
        if ("bdgklmnprt".indexOf(last) >= 0
                && lemma.length() > 2
                && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) >= 0) {
            forms.add(lemma + last + "ed");
            forms.add(lemma + last + "ing");
        }
        return forms;
    }
}
