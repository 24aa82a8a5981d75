package org.ceasefiretimeline.editor;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ceasefiretimeline.base.MainLayout;

/**
 * The signed-in editor's own account: the recent failed logins for their name, with the addresses
 * they came from.
 */
@Route(value = "editor/account", layout = MainLayout.class)
@PageTitle("Your account · Ceasefire Timeline")
@CssImport("./styles/timeline.css")
@RolesAllowed(EditorAccount.EDITOR)
class AccountView extends Main {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    AccountView(AuthenticationContext auth, LoginAttempts attempts) {
        Div page = new Div();
        page.addClassName("ct-page");
        add(page);
        String name = auth.getPrincipalName().orElse("");
        page.add(new H1("Your account: " + name), new Div(new Anchor("editor", "Review queue")));
        page.add(new H2("Recent failed logins for your name"));
        page.add(failures(attempts.recentFailures(name)));
    }

    static com.vaadin.flow.component.Component failures(List<LoginAttempts.Failure> failures) {
        if (failures.isEmpty()) {
            Paragraph none =
                    new Paragraph(
                            "None in the last "
                                    + LoginAttempts.HISTORY.toDays()
                                    + " days (since this server started, if that is more recent).");
            none.setId("failed-logins");
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.setId("failed-logins");
        for (LoginAttempts.Failure f : failures) {
            list.add(new ListItem(WHEN.format(f.at()) + " from " + f.address()));
        }
        String count = failures.size() == 1 ? "1 failed login" : failures.size() + " failed logins";
        Div section =
                new Div(
                        new Paragraph(
                                count
                                        + " in the last "
                                        + LoginAttempts.HISTORY.toDays()
                                        + " days, newest first (at most "
                                        + LoginAttempts.HISTORY_SIZE
                                        + " are kept, and none across a restart). An address you do not know may be someone guessing"
                                        + " your password: each wrong guess from one address makes that address wait longer."),
                        list);
        return section;
    }
}
