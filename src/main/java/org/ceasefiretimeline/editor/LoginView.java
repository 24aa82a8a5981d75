package org.ceasefiretimeline.editor;

import org.springframework.security.web.csrf.CsrfToken;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The editors' login; readers never need it. */
@Route("login")
@PageTitle("Editor login · Ceasefire Timeline")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView() {
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        exposeCsrfToken();
        getStyle().set("display", "flex").set("justify-content", "center").set("padding", "var(--lumo-space-l)");
        add(form);
    }

    /** The login form posts a plain HTML form and adds the CSRF token it finds in these meta tags. */
    private void exposeCsrfToken() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        Object token = request == null ? null : request.getAttribute(CsrfToken.class.getName());
        if (token instanceof CsrfToken csrf) {
            getElement().executeJs("""
                    for (const [name, value] of [['_csrf_parameter', $0], ['_csrf', $1]]) {
                      let meta = document.head.querySelector('meta[name="' + name + '"]');
                      if (!meta) { meta = document.createElement('meta'); meta.name = name; document.head.append(meta); }
                      meta.content = value;
                    }""", csrf.getParameterName(), csrf.getToken());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
