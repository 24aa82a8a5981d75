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
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private final boolean editor;
    private final Div page = new Div();
    private final Div days = new Div();
    private final Div threads = new Div();
    private final OverviewStrip strip = new OverviewStrip();
    private RoundDetail round;
    private EventFilters filters;
    private String path;

    /** Set while the filters are read from the address, which then needs no update. */
    private boolean reading;

    private int shownDays = DAYS_PER_PAGE;

    RoundView(TimelineService timeline, AuthenticationContext auth) {
        this.timeline = timeline;
        // only editors have accounts: anyone logged in may edit
        this.editor = auth.isAuthenticated();
        page.addClassName("ct-page");
        strip.setId("overview");
        strip.onBucketSelected(this::scrollToDay);
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow();
        Optional<Long> eventId = event.getRouteParameters().getLong("eventId");
        Optional<String> current = timeline.currentSlug(slug).filter(c -> !c.equals(slug));
        if (current.isPresent()) {
            // an in-app link to a merged round; a page load got a 301 from OldRoundAddresses
            event.forwardTo(
                    "rounds/" + current.get() + eventId.map(id -> "/events/" + id).orElse(""),
                    event.getLocation().getQueryParameters());
            return;
        }
        round = timeline.round(slug).orElseThrow(() -> new NotFoundException("No round " + slug));
        if (eventId.isPresent() && !inRound(eventId.get())) {
            Optional<String> elsewhere =
                    timeline.event(eventId.get()).map(EventView::roundSlug).filter(s -> s != null);
            if (elsewhere.isPresent()) {
                event.forwardTo("rounds/" + elsewhere.get() + "/events/" + eventId.get());
                return;
            }
        }
        path = event.getLocation().getPath();
        render();
        reading = true;
        filters.read(event.getLocation().getQueryParameters());
        reading = false;
        refresh();
        if (eventId.isPresent() && !inRound(eventId.get())) {
            page.addComponentAtIndex(1, missingEventNotice());
        }
        eventId.ifPresent(this::highlight);
    }

    private boolean inRound(long eventId) {
        return round.events().stream().anyMatch(e -> e.id() == eventId);
    }

    /** A link to an event that is gone (removed, or never was) says so above the round. */
    private static Paragraph missingEventNotice() {
        Paragraph notice =
                new Paragraph(
                        "The event this link pointed to no longer exists; here is its round.");
        notice.setId("missing-event");
        notice.addClassName("ct-notice");
        notice.getElement().setAttribute("role", "status");
        return notice;
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
    }

    private static EmbedCodes embedCodes(TimelineViews.RoundSummary s) {
        String origin =
                ServletUriComponentsBuilder.fromContextPath(
                                VaadinServletRequest.getCurrent().getHttpServletRequest())
                        .build()
                        .toUriString();
        return new EmbedCodes(origin, s.slug(), s.name(), false);
    }

    /** Shows the events the filters let through, in the strip too, and keeps them in the URL. */
    private void refresh() {
        if (reading) {
            return;
        }
        var filter = filters.value();
        List<EventView> shown = round.events().stream().filter(filter::matches).toList();
        strip.show(
                shown.stream().map(EventView::day).filter(Objects::nonNull).toList(),
                round.summary().startDay(),
                round.summary().endDay());
        renderThreads(shown);
        renderDays(shown);
        getUI().ifPresent(
                        ui ->
                                ui.getPage()
                                        .getHistory()
                                        .replaceState(null, new Location(path, filters.query())));
    }

    private void renderThreads(List<EventView> shown) {
        threads.removeAll();
        List<ProposalThread> visible = round.threadsShowing(shown);
        if (visible.isEmpty()) {
            threads.add(empty("No proposals match."));
        }
        for (ProposalThread thread : visible) {
            Div box = new Div();
            box.addClassName("ct-thread");
            UnorderedList proposal = new UnorderedList(new EventCard(thread.proposal(), editor));
            proposal.addClassName("ct-events");
            box.add(proposal);
            if (!thread.responses().isEmpty()) {
                OrderedList answers = new OrderedList();
                answers.getElement().setAttribute("aria-label", "Answers to this proposal");
                thread.responses().forEach(r -> answers.add(new EventCard(r, editor)));
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
            day.getValue().forEach(e -> list.add(new EventCard(e, editor)));
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
