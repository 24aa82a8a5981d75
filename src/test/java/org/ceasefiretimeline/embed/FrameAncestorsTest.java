package org.ceasefiretimeline.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameAncestorsTest {

    @Test
    void any_site_by_default_and_this_site_always() {
        assertThat(new FrameAncestors(List.of()).directive()).isEqualTo("frame-ancestors 'self' *");
        assertThat(
                        new FrameAncestors(
                                        List.of(
                                                " https://news.example",
                                                "https://*.paper.example:8443"))
                                .directive())
                .isEqualTo(
                        "frame-ancestors 'self' https://news.example https://*.paper.example:8443");
    }

    @Test
    void a_value_that_is_not_an_origin_is_refused_at_start_up_rather_than_sent_as_a_header() {
        for (String bad :
                new String[] {"news.example", "https://a.example; script-src *", "'none'"}) {
            assertThatThrownBy(() -> new FrameAncestors(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("allowed-origins");
        }
    }
}
