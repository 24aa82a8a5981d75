package org.ceasefiretimeline.reader;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ceasefiretimeline.base.MainLayout;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.reader.TimelineViews.ProposalThread;
import org.ceasefiretimeline.reader.TimelineViews.RoundDetail;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A round of talks: its overview strip, its proposals with the answers under each, and every event
 * grouped by day. {@code /rounds/{slug}/events/{id}} scrolls to one event and highlights it.
 */
@Route(value = "rounds/:slug", layout = MainLayout.class)
@RouteAlias(value = "rounds/:slug/events/:eventId(\\d+)", layout = MainLayout.class)
@CssImport("./styles/timeline.css")
@AnonymousAllowed
class RoundView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Days rendered at once; "Show more" adds as many again, so a huge round stays light. */
    private static final int DAYS_PER_PAGE = 60;

    private final TimelineService timeline;
    private final Div page = new Div();
    private final Div days = new Div();
    private final Div threads = new Div();
    private RoundDetail round;
    private EventFilters filters;
    private int shownDays = DAYS_PER_PAGE;

    RoundView(TimelineService timeline) {
        this.timeline = timeline;
        page.addClassName("ct-page");
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow();
        round = timeline.round(slug).orElseThrow(() -> new NotFoundException("No round " + slug));
        render();
        event.getRouteParameters().getLong("eventId").ifPresent(this::highlight);
    }

    @Override
    public String getPageTitle() {
        return round == null ? "Round" : round.summary().name() + " · Ceasefire Timeline";
    }

    private void render() {
        page.removeAll();
        var s = round.summary();
        H1 title = new H1(s.name());
        title.setId("round-title");
        page.add(title, RoundSummaryMeta.of(s), new EmbedPanel(embedCodes(s)));

        OverviewStrip strip = new OverviewStrip();
        strip.setId("overview");
        strip.show(
                round.events().stream().map(EventView::day).filter(Objects::nonNull).toList(),
                s.startDay(),
                s.endDay());
        strip.onBucketSelected(this::scrollToDay);
        Section overview = new Section(new H2("Overview"), strip);
        overview.getElement().setAttribute("aria-label", "Overview");
        page.add(overview);

        TreeSet<String> actorNames =
                round.events().stream()
                        .flatMap(e -> e.actors().stream())
                        .collect(Collectors.toCollection(TreeSet::new));
        filters = new EventFilters(actorNames, this::refresh);
        threads.setId("threads");
        days.setId("timeline");
        H2 threadsHeading = new H2("Proposals and answers");
        H2 timelineHeading = new H2("Timeline");
        page.add(filters, new Section(threadsHeading, threads), new Section(timelineHeading, days));
        refresh();
    }

    private static EmbedCodes embedCodes(TimelineViews.RoundSummary s) {
        String origin =
                ServletUriComponentsBuilder.fromContextPath(
                                VaadinServletRequest.getCurrent().getHttpServletRequest())
                        .build()
                        .toUriString();
        return new EmbedCodes(origin, s.slug(), s.name(), false);
    }

    private void refresh() {
        var filter = filters.value();
        List<EventView> shown = round.events().stream().filter(filter::matches).toList();
        renderThreads(shown);
        renderDays(shown);
    }

    private void renderThreads(List<EventView> shown) {
        threads.removeAll();
        List<ProposalThread> visible =
                round.threads().stream()
                        .filter(
                                t ->
                                        shown.contains(t.proposal())
                                                || t.responses().stream().anyMatch(shown::contains))
                        .toList();
        if (visible.isEmpty()) {
            threads.add(empty("No proposals match."));
        }
        for (ProposalThread thread : visible) {
            Div box = new Div();
            box.addClassName("ct-thread");
            UnorderedList proposal = new UnorderedList(new EventCard(thread.proposal()));
            proposal.addClassName("ct-events");
            box.add(proposal);
            if (!thread.responses().isEmpty()) {
                OrderedList answers = new OrderedList();
                answers.getElement().setAttribute("aria-label", "Answers to this proposal");
                thread.responses().forEach(r -> answers.add(new EventCard(r)));
                box.add(answers);
            } else {
                box.add(empty("No answer reported yet."));
            }
            threads.add(box);
        }
    }

    private void renderDays(List<EventView> shown) {
        days.removeAll();
        Map<LocalDate, List<EventView>> byDay =
                shown.stream()
                        .collect(
                                Collectors.groupingBy(
                                        e -> e.day() == null ? LocalDate.MIN : e.day(),
                                        LinkedHashMap::new,
                                        Collectors.toList()));
        if (byDay.isEmpty()) {
            days.add(empty("No events match these filters."));
        }
        int count = 0;
        for (var day : byDay.entrySet()) {
            if (count++ == shownDays) {
                Button more =
                        new Button(
                                "Show more days",
                                e -> {
                                    shownDays += DAYS_PER_PAGE;
                                    refresh();
                                });
                days.add(more);
                break;
            }
            Section section = new Section();
            section.addClassName("ct-day");
            section.setId(day.getKey() == LocalDate.MIN ? "day-undated" : "day-" + day.getKey());
            section.add(
                    new H3(
                            day.getKey() == LocalDate.MIN
                                    ? "Undated"
                                    : DateLabels.day(day.getKey())));
            UnorderedList list = new UnorderedList();
            list.addClassName("ct-events");
            day.getValue().forEach(e -> list.add(new EventCard(e)));
            section.add(list);
            days.add(section);
        }
    }

    private void highlight(long eventId) {
        int index = round.events().stream().map(EventView::id).toList().indexOf(eventId);
        if (index < 0) {
            return;
        }
        shownDays = Integer.MAX_VALUE;
        refresh();
        // after the browser has laid out the page, or the scroll lands short
        getElement()
                .executeJs(
                        """
                requestAnimationFrame(() => setTimeout(() => {
                  const el = document.getElementById($0);
                  if (el) {
                    el.classList.add('ct-highlight');
                    el.scrollIntoView({block: 'center'});
                    el.focus({preventScroll: true});
                  }
                }, 50));""",
                        "event-" + eventId);
    }

    private void scrollToDay(LocalDate day) {
        getElement()
                .executeJs(
                        """
                const days = [...document.querySelectorAll('.ct-day[id^="day-"]')];
                const target = days.find(d => d.id.slice(4) >= $0) || days[days.length - 1];
                if (target) { target.scrollIntoView({block: 'start'}); }""",
                        day.toString());
    }

    private static Paragraph empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("ct-empty");
        return p;
    }
}
