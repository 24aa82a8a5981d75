package org.ceasefiretimeline.editor;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where an editor goes after logging in: the editor page they were sent to the login from, else the
 * review queue. Spring Security (for a page load of an editor page) and Vaadin (for a link followed
 * in the app) each keep that page in the session, and kept it when the editor did not log in then:
 * a later login went to a stale page. The login page takes whichever was stored just before it was
 * shown, so neither outlives its own visit; a login page opened directly goes to the queue.
 */
final class LoginTarget {

    static final String QUEUE = "/editor";

    /** Spring Security's {@code HttpSessionRequestCache} keeps the request under this name. */
    private static final String SPRING_SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private static final String TARGET = LoginTarget.class.getName();

    private LoginTarget() {}

    /**
     * Called as the login page is shown: takes the page just stored by Spring or Vaadin, or, on a
     * fresh visit that no redirect led to, forgets any earlier one.
     */
    static void remember(HttpSession session, boolean afterFailedLogin) {
        Optional<String> fresh = takeStored(session);
        if (fresh.isPresent()) {
            session.setAttribute(TARGET, fresh.get());
        } else if (!afterFailedLogin) {
            session.removeAttribute(TARGET);
        }
    }

    /** Where to go now that the editor has logged in; forgets it. */
    static String take(HttpSession session) {
        if (session == null) {
            return QUEUE;
        }
        Object target = session.getAttribute(TARGET);
        session.removeAttribute(TARGET);
        takeStored(session);
        return target instanceof String path ? path : QUEUE;
    }

    private static Optional<String> takeStored(HttpSession session) {
        Object saved = session.getAttribute(SPRING_SAVED_REQUEST);
        Object navigation = session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        session.removeAttribute(SPRING_SAVED_REQUEST);
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
        if (navigation instanceof String path) {
            return editorPath(path);
        }
        if (saved instanceof SavedRequest request) {
            return editorPath(request.getRedirectUrl());
        }
        return Optional.empty();
    }

    /**
     * The path of an editor page on this site, without Spring's "continue" marker; nothing for
     * anything else (another site, a reader page, Vaadin's own requests).
     */
    static Optional<String> editorPath(String url) {
        if (url == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(url.startsWith("/") || url.contains("://") ? url : "/" + url);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (path == null || !(path.equals(QUEUE) || path.startsWith(QUEUE + "/"))) {
            return Optional.empty();
        }
        String query = uri.getRawQuery();
        if (query != null) {
            query = query.replaceAll("(^|&)continue(=[^&]*)?", "").replaceAll("^&", "");
        }
        return Optional.of(path + (query == null || query.isEmpty() ? "" : "?" + query));
    }
}
