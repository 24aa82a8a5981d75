package org.ceasefiretimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void titles_initials_and_abbreviated_months_do_not_end_a_sentence() {
        assertThat(
                        splitter.split(
                                "Maj. Gen. Ghassan Alian met U.S. and U.N. envoys on Feb. 7 at 10 a.m. Thursday."
                                        + " Dr. Ahmed said so."))
                .containsExactly(
                        "Maj. Gen. Ghassan Alian met U.S. and U.N. envoys on Feb. 7 at 10 a.m. Thursday.",
                        "Dr. Ahmed said so.");
    }

    @Test
    void an_abbreviation_before_a_word_that_starts_sentences_does_end_one() {
        assertThat(splitter.split("The plan was backed by the U.S. The talks resumed."))
                .containsExactly("The plan was backed by the U.S.", "The talks resumed.");
    }

    @Test
    void closing_quotes_and_parentheses_stay_with_their_sentence() {
        assertThat(
                        splitter.split(
                                "He said, “we’ll do it.” Hamas (the group) agreed. “Why?” he asked (again.) Then left."))
                .containsExactly(
                        "He said, “we’ll do it.”",
                        "Hamas (the group) agreed.",
                        "“Why?” he asked (again.)",
                        "Then left.");
    }

    @Test
    void decimals_and_lower_case_continuations_are_not_breaks() {
        assertThat(splitter.split("Some 2.3 million people live there. the rest fled.")).hasSize(1);
    }
}
