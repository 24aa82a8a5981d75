package org.ceasefiretimeline.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.ceasefiretimeline.base.AppDates;
import org.ceasefiretimeline.base.MainLayout;
import org.ceasefiretimeline.importing.ArticleImporter;
import org.ceasefiretimeline.importing.UploadResult;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.ingest.ArticleTextDecoder;
import org.ceasefiretimeline.ingest.InvalidManifestException;
import org.ceasefiretimeline.ingest.ManifestEntry;
import org.ceasefiretimeline.ingest.ManifestReader;

/**
 * Add articles by pasting one (with title, publisher, URL and publication day) or uploading .txt
 * files with or without their folder's manifest.json. Each article is extracted and stored in one
 * transaction, so a bad one is reported and nothing of it is saved.
 */
@Route(value = "editor/articles/new", layout = MainLayout.class)
@PageTitle("Add articles · Ceasefire Timeline")
@CssImport("./styles/timeline.css")
@RolesAllowed(EditorAccount.EDITOR)
class AddArticlesView extends Main {

    private final ArticleImporter importer;
    private final UnorderedList results = new UnorderedList();
    private final ProgressBar progress = new ProgressBar();

    AddArticlesView(ArticleImporter importer) {
        this.importer = importer;
        Div page = new Div();
        page.addClassName("ct-page");
        page.add(new H1("Add articles"), new Anchor("editor", "Back to the queue"));

        page.add(new H2("Paste an article"));
        TextField title = new TextField("Headline");
        title.setId("paste-title");
        TextField publisher = new TextField("Publisher");
        TextField url = new TextField("URL");
        DatePicker published = AppDates.picker("Publication day");
        published.setId("paste-published");
        TextArea text = new TextArea("Article text (paragraphs and captions as they came)");
        text.setId("paste-text");
        text.setWidthFull();
        text.setMinHeight("12em");
        Button add =
                new Button(
                        "Extract and add",
                        click -> {
                            String body =
                                    (title.getValue().isBlank()
                                                    ? ""
                                                    : title.getValue().strip() + "\n\n")
                                            + text.getValue();
                            String name =
                                    (title.getValue().isBlank()
                                                            ? "pasted"
                                                            : title.getValue().strip())
                                                    .replaceAll("[^\\p{L}\\p{N}]+", "-")
                                                    .toLowerCase()
                                            + ".txt";
                            ManifestEntry meta =
                                    new ManifestEntry(
                                            name,
                                            published.getValue(),
                                            blankToNull(publisher.getValue()),
                                            blankToNull(url.getValue()),
                                            blankToNull(title.getValue()),
                                            Article.DEFAULT_ZONE);
                            run(
                                    null,
                                    List.of(
                                            new Input(
                                                    name,
                                                    body.getBytes(StandardCharsets.UTF_8),
                                                    meta)));
                        });
        add.setId("paste-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(title, publisher, url, published);
        fields.addClassName("ct-filters");
        page.add(fields, text, add);

        page.add(new H2("Upload .txt files, with their manifest.json if you have one"));
        UploadBatch batch = new UploadBatch();
        Upload upload = new Upload(batch);
        upload.setId("upload");
        upload.setAcceptedFileTypes(".txt", "text/plain", ".json", "application/json");
        upload.setMaxFileSize(ArticleTextDecoder.MAX_BYTES);
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(
                e -> results.add(new UploadResultItem(e.getFileName(), e.getErrorMessage())));
        upload.addFailedListener(
                e -> {
                    batch.discard(e.getFileName());
                    results.add(
                            new UploadResultItem(
                                    e.getFileName(),
                                    "the upload broke off"
                                            + (e.getReason() == null
                                                    ? ""
                                                    : ": " + e.getReason().getMessage())));
                });
        upload.addAllFinishedListener(
                e -> {
                    Map<String, byte[]> files = new LinkedHashMap<>();
                    batch.take().forEach(f -> files.put(f.name(), f.bytes()));
                    Map<String, ManifestEntry> manifest =
                            manifestOf(files.remove(ManifestReader.FILE_NAME));
                    run(
                            upload,
                            files.entrySet().stream()
                                    .map(
                                            f ->
                                                    new Input(
                                                            f.getKey(),
                                                            f.getValue(),
                                                            manifest.get(f.getKey())))
                                    .toList());
                });
        Paragraph hint =
                new Paragraph(
                        "Without a publication day the app infers one from the text, or lists the "
                                + "article in the review queue.");
        hint.addClassName("ct-lede");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Extraction progress");
        results.setId("add-results");
        page.add(upload, hint, progress, new H2("Results"), results);
        add(page);
    }

    private record Input(String name, byte[] bytes, ManifestEntry meta) {}

    /**
     * Extracts in the background with a progress bar, so the page stays responsive on big uploads.
     * A file the app refused is marked so in the upload's own list too, instead of its tick.
     */
    private void run(Upload upload, List<Input> inputs) {
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        progress.setValue(0);
        ui.setPollInterval(300);
        CompletableFuture.runAsync(
                () -> {
                    int done = 0;
                    for (Input input : inputs) {
                        UploadResult result;
                        try {
                            result =
                                    importer.importUpload(
                                            input.name(), input.bytes(), input.meta());
                        } catch (RuntimeException e) {
                            result = UploadResult.refused(input.name(), e.getMessage());
                        }
                        double fraction = (double) ++done / inputs.size();
                        UploadResult shown = result;
                        ui.access(
                                () -> {
                                    results.add(new UploadResultItem(shown));
                                    if (upload != null
                                            && shown.outcome() == UploadResult.Outcome.REFUSED) {
                                        markRefused(upload, shown);
                                    }
                                    progress.setValue(fraction);
                                });
                    }
                    ui.access(
                            () -> {
                                progress.setVisible(false);
                                ui.setPollInterval(-1);
                            });
                });
    }

    private static void markRefused(Upload upload, UploadResult refused) {
        upload.getElement()
                .executeJs(
                        """
                const file = this.files.find(f => f.name === $0);
                if (file) { file.complete = false; file.error = $1; this.files = [...this.files]; }""",
                        refused.fileName(),
                        "Refused: " + String.join("; ", refused.problems()));
    }

    /** The upload's own messages, which the results repeat with the file's name. */
    private static UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setError(
                new UploadI18N.Error()
                        .setFileIsTooBig(
                                "larger than "
                                        + ArticleTextDecoder.MAX_BYTES / (1024 * 1024)
                                        + " MB, the most an article may be")
                        .setIncorrectFileType("not a .txt article or a manifest.json")
                        .setTooManyFiles("too many files at once"));
        return texts;
    }

    /**
     * A folder's manifest uploaded with its articles gives their publication days, publishers and
     * URLs.
     */
    private Map<String, ManifestEntry> manifestOf(byte[] json) {
        if (json == null) {
            return Map.of();
        }
        try {
            Path file = Files.createTempFile("manifest", ".json");
            try {
                Files.write(file, json);
                return new ManifestReader().read(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | InvalidManifestException e) {
            report(
                    ManifestReader.FILE_NAME
                            + ": ignored, "
                            + e.getMessage().replaceAll("^\\S*manifest\\S*\\.json: ", "")
                            + "; publication days are inferred from the text instead");
            return Map.of();
        }
    }

    private void report(String line) {
        results.add(new ListItem(line));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
