package org.ceasefiretimeline.extract.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.ceasefiretimeline.extract.ArticleExtraction;
import org.ceasefiretimeline.extract.DateMention;
import org.ceasefiretimeline.extract.NegotiationEvent;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Resolution;
import org.ceasefiretimeline.extract.TypedDate;
import org.ceasefiretimeline.ingest.Article;

/** Writes extraction results as the JSON report of {@code eval/README.md}. */
public final class ReportWriter {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Starts a report on {@code out}. Articles are written as they are added, so that a long run
     * neither keeps its whole report in memory nor shows nothing until the end.
     */
    public Report open(OutputStream out) throws IOException {
        JsonGenerator json = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeArrayFieldStart("articles");
        return new Report(json);
    }

    /** A report being written: its articles, then the errors of the input as a whole. */
    public final class Report {

        private final JsonGenerator json;

        private Report(JsonGenerator json) {
            this.json = json;
        }

        public void add(ArticleExtraction extraction) throws IOException {
            JSON.writeTree(json, article(extraction));
            json.flush();
        }

        public void finish(List<String> errors) throws IOException {
            json.writeEndArray();
            json.writeArrayFieldStart("errors");
            for (String error : errors) {
                json.writeString(error);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        }
    }

    private ObjectNode article(ArticleExtraction x) {
        Article a = x.article();
        ObjectNode node = JSON.createObjectNode();
        node.put("file", a.file());
        node.put("title", a.title());
        node.put("publisher", a.publisher());
        node.put("url", a.url());
        node.put("published", a.published() == null ? null : a.published().toString());
        node.put("publishedSource", a.publishedSource().name());
        node.put("publishedEvidence", a.publishedEvidence());
        ArrayNode errors = node.putArray("errors");
        a.errors().forEach(errors::add);
        node.put("sentenceCount", x.sentences().size());
        ArrayNode mentions = node.putArray("mentions");
        x.mentions().forEach(m -> mentions.add(mention(m)));
        ArrayNode events = node.putArray("events");
        x.events().forEach(e -> events.add(event(e, a.published())));
        return node;
    }

    private ObjectNode mention(DateMention m) {
        Resolution r = m.resolution();
        ObjectNode node = JSON.createObjectNode();
        node.put("sentence", m.sentence().text());
        node.put("line", m.sentence().line());
        node.put("text", m.text());
        node.put("start", format(r.start(), r.precision()));
        node.put("end", format(r.end(), r.precision()));
        node.put("precision", r.precision() == null ? null : r.precision().name());
        node.put("caption", m.sentence().caption());
        node.put("confidence", m.confidence());
        ArrayNode signals = node.putArray("signals");
        m.signals().forEach(signals::add);
        node.put("rule", m.rule());
        node.put("anchor", r.anchor());
        node.put("reason", r.reason());
        return node;
    }

    private ObjectNode event(NegotiationEvent e, LocalDate published) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", e.type().name());
        ArrayNode actors = node.putArray("actors");
        e.actors().forEach(actors::add);
        ArrayNode mediators = node.putArray("mediators");
        e.mediators().forEach(mediators::add);
        node.put("stance", e.stance() == null ? null : e.stance().name());
        // an event with no date of its own is dated by its report: "reported by" the publication
        // day
        node.put(
                "start",
                e.date() != null
                        ? format(e.date().resolution().start(), Precision.DAY)
                        : published == null ? null : published.toString());
        node.put("dateRole", e.date() != null ? "HAPPENED" : published == null ? null : "REPORTED");
        node.put("dateText", e.date() == null ? null : e.date().text());
        ArrayNode typed = node.putArray("mentionedDates");
        for (TypedDate d : e.mentionedDates()) {
            ObjectNode t = typed.addObject();
            t.put("role", d.role().name());
            t.put("text", d.mention().text());
            t.put(
                    "start",
                    format(d.mention().resolution().start(), d.mention().resolution().precision()));
        }
        node.put("sentence", e.sentence().text());
        node.put("line", e.sentence().line());
        node.put("trigger", e.trigger());
        if (!e.terms().isEmpty()) {
            node.put("proposal", e.terms().summary());
            ObjectNode terms = node.putObject("terms");
            terms.put("truce", e.terms().truce());
            terms.put("stages", e.terms().stages());
            terms.put("hostages", e.terms().hostages());
            terms.put("prisoners", e.terms().prisoners());
        }
        return node;
    }

    private static String format(LocalDateTime time, Precision precision) {
        if (time == null) {
            return null;
        }
        return precision.hasTime() ? time.toString() : time.toLocalDate().toString();
    }
}
