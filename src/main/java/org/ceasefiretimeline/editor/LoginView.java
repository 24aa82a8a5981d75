package org.ceasefiretimeline.editor;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import org.ceasefiretimeline.base.MainLayout;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The editors' login; readers never need it. Says plainly when, and for how long, a login is
 * delayed.
 */
@Route(value = "login", layout = MainLayout.class)
@PageTitle("Editor login · Ceasefire Timeline")
@CssImport("./styles/timeline.css")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView() {
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        exposeCsrfToken();
        Paragraph who = new Paragraph("For editors of the timeline. Readers need no login.");
        who.addClassName("ct-lede");
        // "." is the app's root (the page base); an empty href would leave the anchor no link at
        // all
        Anchor back = new Anchor(".", "Back to the rounds of talks");
        back.setId("login-back");
        Div page = new Div(form, who, back);
        page.addClassName("ct-page");
        page.addClassName("ct-login");
        add(page);
    }

    /**
     * The login form posts a plain HTML form and adds the CSRF token it finds in these meta tags.
     */
    private void exposeCsrfToken() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        Object token = request == null ? null : request.getAttribute(CsrfToken.class.getName());
        if (token instanceof CsrfToken csrf) {
            getElement()
                    .executeJs(
                            """
                    for (const [name, value] of [['_csrf_parameter', $0], ['_csrf', $1]]) {
                      let meta = document.head.querySelector('meta[name="' + name + '"]');
                      if (!meta) { meta = document.createElement('meta'); meta.name = name; document.head.append(meta); }
                      meta.content = value;
                    }""",
                            csrf.getParameterName(),
                            csrf.getToken());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            LoginTarget.remember(request.getHttpServletRequest().getSession(), error);
        }
        showError(error ? lastFailure() : null, error);
    }

    /**
     * Shows the failed login's reason: a delay with the time left, or the usual wrong name or
     * password.
     */
    void showError(Object failure, boolean error) {
        String[] delay = delayMessage(failure);
        if (delay != null) {
            form.showErrorMessage(delay[0], delay[1]);
        } else {
            form.setI18n(LoginI18n.createDefault());
            form.setError(error);
        }
    }

    /** The title and message for a delayed login, or null when the failure was not delayed. */
    static String[] delayMessage(Object failure) {
        if (failure instanceof LoginDelayedException delayed) {
            return new String[] {
                delayed.wrongPassword() ? "Wrong user name or password" : "Login delayed",
                delayed.explanation(Instant.now())
            };
        }
        return null;
    }

    /** What Spring Security's failure handler left in the session for this login page. */
    private static AuthenticationException lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        Object failure = session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof AuthenticationException e ? e : null;
    }
}
