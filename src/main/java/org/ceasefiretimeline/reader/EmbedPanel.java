package org.ceasefiretimeline.reader;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.List;

/**
 * "Embed": the iframe code with its resize snippet, the oEmbed address and the web component, each
 * with a copy button, and a live preview of the embed in the chosen theme. Opened and closed by a
 * button that says whether it is open (aria-expanded), so it needs no dialog.
 */
class EmbedPanel extends Div {

    private final Button toggle = new Button("Embed");
    private final Div panel = new Div();
    private final TextArea iframe = new TextArea("Iframe, with the resize script");
    private final TextField oembed = new TextField("oEmbed address");
    private final TextArea webComponent = new TextArea("Web component");
    private final IFrame preview = new IFrame();
    private EmbedCodes codes;

    EmbedPanel(EmbedCodes initial) {
        setId("embed");
        toggle.setId("embed-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.getElement().setAttribute("aria-controls", "embed-panel");
        toggle.addClickListener(e -> setOpen(!panel.isVisible()));
        panel.setId("embed-panel");
        panel.setVisible(false);
        panel.getElement().setAttribute("role", "region");
        panel.getElement().setAttribute("aria-label", "Embed this round");
        panel.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)")
                .set("margin-block", "var(--lumo-space-s)");

        Select<String> theme = new Select<>();
        theme.setLabel("Theme");
        theme.setItems("Light", "Dark");
        theme.setValue(initial.dark() ? "Dark" : "Light");
        theme.addValueChangeListener(
                e ->
                        show(
                                new EmbedCodes(
                                        codes.origin(),
                                        codes.slug(),
                                        codes.title(),
                                        "Dark".equals(e.getValue()))));

        iframe.setId("embed-iframe-code");
        oembed.setId("embed-oembed-url");
        webComponent.setId("embed-web-component-code");
        for (TextFieldBase<?, String> code :
                List.<TextFieldBase<?, String>>of(iframe, oembed, webComponent)) {
            code.setReadOnly(true);
            code.setWidthFull();
        }
        preview.setId("embed-preview");
        preview.setTitle("Preview of the embedded timeline");
        preview.getElement().setAttribute("data-ceasefire-timeline", "");
        preview.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("width", "100%")
                .set("height", "480px");
        Div previewBox = new Div(preview);
        // the preview grows to its content (resize.js); the box keeps the page short
        previewBox.getStyle().set("max-height", "480px").set("overflow", "auto");
        // a scrolling box is reached by keyboard too
        previewBox.getElement().setAttribute("tabindex", "0");
        previewBox.getElement().setAttribute("role", "region");
        previewBox.getElement().setAttribute("aria-label", "Preview");

        H2 heading = new H2("Embed this round");
        heading.getStyle().set("margin-top", "0");
        panel.add(
                heading,
                new Paragraph(
                        "Paste one of these into your page. The iframe grows to fit its content"
                                + " with the script after it; the oEmbed address lets a CMS embed it"
                                + " from a pasted link."),
                theme,
                withCopy(iframe, "Copy the iframe code"),
                withCopy(oembed, "Copy the oEmbed address"),
                withCopy(webComponent, "Copy the web component code"),
                new H2("Preview"),
                previewBox);
        add(toggle, panel);
        show(initial);
    }

    private void setOpen(boolean open) {
        panel.setVisible(open);
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        if (open) {
            // the host snippet the copied code uses, so the preview behaves as it will on a news
            // site
            getElement()
                    .executeJs(
                            "if (!window.__ceasefireTimelineResize) {"
                                    + " const s = document.createElement('script'); s.src = $0;"
                                    + " document.head.appendChild(s); }",
                            codes.origin() + "/embed/resize.js");
        }
    }

    private void show(EmbedCodes next) {
        codes = next;
        iframe.setValue(next.iframe());
        oembed.setValue(next.oembed());
        webComponent.setValue(next.webComponent());
        preview.setSrc(next.embedPage());
    }

    private Div withCopy(TextFieldBase<?, String> field, String label) {
        Button copy = new Button("Copy");
        copy.getElement().setAttribute("aria-label", label);
        copy.addClickListener(
                e -> {
                    copy.getElement()
                            .executeJs("return navigator.clipboard.writeText($0)", field.getValue())
                            .then(
                                    ok -> Notification.show("Copied"),
                                    error ->
                                            Notification.show(
                                                    "Copying was refused: select the text and copy it"));
                });
        Div row = new Div(field, copy);
        row.getStyle()
                .set("display", "flex")
                .set("align-items", "flex-end")
                .set("gap", "var(--lumo-space-s)");
        return row;
    }
}
