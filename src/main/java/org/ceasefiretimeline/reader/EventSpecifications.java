package org.ceasefiretimeline.reader;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.reader.TimelineViews.EventFilter;
import org.ceasefiretimeline.reader.TimelineViews.EventQuery;
import org.ceasefiretimeline.timeline.Actor;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.springframework.data.jpa.domain.Specification;

/**
 * The reader's filters as database queries, so that they stay fast on tens of thousands of events.
 */
final class EventSpecifications {

    private EventSpecifications() {}

    static Specification<TimelineEvent> matching(EventFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter == null) {
                return cb.conjunction();
            }
            if (!filter.kinds().isEmpty()) {
                all.add(
                        cb.or(
                                filter.kinds().stream()
                                        .map(
                                                k ->
                                                        k.stance() == null
                                                                ? cb.equal(
                                                                        root.get("type"), k.type())
                                                                : cb.and(
                                                                        cb.equal(
                                                                                root.get("type"),
                                                                                k.type()),
                                                                        cb.equal(
                                                                                root.get("stance"),
                                                                                k.stance())))
                                        .toArray(Predicate[]::new)));
            }
            if (!filter.actors().isEmpty()) {
                Subquery<Long> withActor = query.subquery(Long.class);
                var event = withActor.from(TimelineEvent.class);
                Join<TimelineEvent, Actor> actor = event.join("actors");
                withActor.select(event.get("id")).where(actor.get("name").in(filter.actors()));
                all.add(root.get("id").in(withActor));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like =
                        "%"
                                + filter.text()
                                        .strip()
                                        .toLowerCase(Locale.ROOT)
                                        .replace("%", "\\%")
                                        .replace("_", "\\_")
                                + "%";
                all.add(cb.like(cb.lower(root.get("summary")), like, '\\'));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    static Specification<TimelineEvent> matching(EventQuery query) {
        return (root, criteria, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(
                    matching(new EventFilter(query.actors(), kindsOf(query.types()), null))
                            .toPredicate(root, criteria, cb));
            if (query.roundSlug() != null) {
                all.add(cb.equal(root.get("round").get("slug"), query.roundSlug()));
            }
            if (query.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("start"), query.from().atStartOfDay()));
            }
            if (query.to() != null) {
                all.add(cb.lessThan(root.get("start"), query.to().plusDays(1).atStartOfDay()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** An API type filter is every kind of that type: "RESPONSE" is each stance and none. */
    private static List<EventKind> kindsOf(List<EventType> types) {
        return types.stream()
                .flatMap(t -> EventKind.ALL.stream().filter(k -> k.type() == t))
                .toList();
    }
}
