package org.ceasefiretimeline.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.PortResolverImpl;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;

/**
 * Issue 10: a page saved when an editor was sent to the login and did not log in (such as {@code
 * /editor/events/19?continue}) won over where they went later.
 */
class LoginTargetTest {

    private final MockHttpSession session = new MockHttpSession();

    private void springSaved(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        request.setServerPort(80);
        session.setAttribute(
                "SPRING_SECURITY_SAVED_REQUEST",
                new DefaultSavedRequest(request, new PortResolverImpl(), "continue"));
    }

    @Test
    void a_login_page_opened_directly_leads_to_the_queue_even_after_an_earlier_saved_page() {
        springSaved("/editor/events/19", "continue");
        LoginTarget.remember(session, false);
        // the editor leaves, and later opens the login page themselves
        LoginTarget.remember(session, false);

        assertThat(LoginTarget.take(session)).isEqualTo("/editor");
    }

    @Test
    void the_page_that_led_to_the_login_is_where_the_editor_goes() {
        springSaved("/editor/events/19", "continue");
        LoginTarget.remember(session, false);

        assertThat(LoginTarget.take(session)).isEqualTo("/editor/events/19");
    }

    @Test
    void the_latest_of_two_pages_wins_and_a_failed_attempt_keeps_it() {
        springSaved("/editor/events/19", "continue");
        LoginTarget.remember(session, false);
        session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, "/editor/rounds");
        LoginTarget.remember(session, false);
        LoginTarget.remember(session, true);

        assertThat(LoginTarget.take(session)).isEqualTo("/editor/rounds");
        assertThat(LoginTarget.take(session)).isEqualTo("/editor");
    }

    @Test
    void only_editor_pages_of_this_site_are_targets() {
        assertThat(LoginTarget.editorPath("https://evil.example/editor")).contains("/editor");
        assertThat(LoginTarget.editorPath("//evil.example/x")).isEmpty();
        assertThat(LoginTarget.editorPath("/rounds/x")).isEmpty();
        assertThat(LoginTarget.editorPath("/editorial")).isEmpty();
        assertThat(LoginTarget.editorPath("/editor/events/3?continue&tab=1"))
                .contains("/editor/events/3?tab=1");
    }
}
