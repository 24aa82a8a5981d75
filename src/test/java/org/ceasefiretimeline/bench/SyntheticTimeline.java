package org.ceasefiretimeline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.ceasefiretimeline.Application;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.importing.ContentHash;
import org.ceasefiretimeline.importing.ImportCommand;
import org.ceasefiretimeline.importing.RoundNamer;
import org.ceasefiretimeline.timeline.EventTypes;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The UI benchmark's data ({@code bench/ui-benchmark.sh}; benchmark code, so in the test sources,
 * not the jar): {@code SyntheticTimeline <count> [--seed=N] [--spring.datasource.url=...]} on the
 * test classpath fills the database with synthetic rounds and events for benchmarks of the reader.
 * The seed articles are imported first (as at every start) and their events serve as templates:
 * type, stance, actors, sentence, proposal terms; each synthetic event gets a date in one of a few
 * synthetic rounds spread over 2014 to 2025, one source in a synthetic article of its round, and a
 * date mention when its template had one. Rows go in with batched JDBC, a few thousand events per
 * transaction, so that 10,000 events take seconds; they bypass Envers, so synthetic events have no
 * revision history.
 */
public class SyntheticTimeline {

    /** Events per transaction. */
    private static final int CHUNK = 4000;

    private static final int EVENTS_PER_ARTICLE = 10;
    private static final int EVENTS_PER_ROUND = 1500;
    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public static void main(String[] args) {
        System.exit(run(Application.class, args));
    }

    SyntheticTimeline(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Usage: {@code generate-events <count> [--seed=N] [--spring.datasource.url=...]}. */
    public static int run(Class<?> application, String[] args) {
        Integer count = null;
        long seed = 7;
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring("--seed=".length()));
            } else if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else if (count == null && arg.matches("\\d+")) {
                count = Integer.parseInt(arg);
            } else {
                count = -1;
            }
        }
        if (count == null || count <= 0) {
            System.err.println(
                    "usage: SyntheticTimeline <count> [--seed=N] [--spring.datasource.url=jdbc:h2:file:/tmp/bench/db]");
            return 2;
        }
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(application)
                        .web(WebApplicationType.NONE)
                        .properties("spring.autoconfigure.exclude=" + ImportCommand.NO_WEB)
                        .run(springArgs.toArray(String[]::new))) {
            long started = System.nanoTime();
            Generated generated =
                    new SyntheticTimeline(
                                    context.getBean(JdbcTemplate.class),
                                    context.getBean(PlatformTransactionManager.class))
                            .generate(count, new Random(seed));
            System.out.printf(
                    Locale.ROOT,
                    "generate-events: %s in %.1f s%n",
                    generated,
                    (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }

    record Generated(
            int events, int rounds, int articles, int proposals, int responses, int templates) {

        @Override
        public String toString() {
            return events
                    + " events in "
                    + rounds
                    + " rounds, "
                    + articles
                    + " articles, "
                    + proposals
                    + " proposals, "
                    + responses
                    + " responses (from "
                    + templates
                    + " template events)";
        }
    }

    /**
     * One real event to copy: what it is, who, what the sentence says and the terms of its
     * proposal.
     */
    record Template(
            String type,
            String stance,
            String summary,
            String datePhrase,
            String precision,
            List<String> actors,
            String publisher,
            String title,
            String truce,
            String stages,
            String hostages,
            String prisoners) {}

    private record Round(long id, String counterpart, LocalDate start, LocalDate end) {}

    Generated generate(int count, Random random) {
        List<Template> templates = templates();
        Map<String, Long> actorIds = new HashMap<>();
        Ids ids = transactions.execute(status -> jdbc.execute((ConnectionCallback<Ids>) Ids::read));
        String run = Long.toString(System.currentTimeMillis(), 36);

        int roundCount = Math.max(3, (count + EVENTS_PER_ROUND - 1) / EVENTS_PER_ROUND);
        List<Round> rounds =
                transactions.execute(
                        status ->
                                jdbc.execute(
                                        (ConnectionCallback<List<Round>>)
                                                c ->
                                                        insertRounds(
                                                                c,
                                                                roundCount,
                                                                random,
                                                                ids,
                                                                run,
                                                                actorIds)));

        int articles = 0;
        int proposals = 0;
        int responses = 0;
        for (int done = 0; done < count; done += CHUNK) {
            int from = done;
            int to = Math.min(count, done + CHUNK);
            int[] made =
                    transactions.execute(
                            status ->
                                    jdbc.execute(
                                            (ConnectionCallback<int[]>)
                                                    c ->
                                                            insertEvents(
                                                                    c, from, to, count, rounds,
                                                                    templates, random, ids, run,
                                                                    actorIds)));
            articles += made[0];
            proposals += made[1];
            responses += made[2];
        }
        transactions.executeWithoutResult(
                status ->
                        jdbc.execute(
                                (ConnectionCallback<Void>)
                                        c -> {
                                            ids.restartIdentities(c);
                                            return null;
                                        }));
        return new Generated(
                count, rounds.size(), articles, proposals, responses, templates.size());
    }

    private List<Template> templates() {
        Map<Long, Template> byEvent = new LinkedHashMap<>();
        jdbc.query(
                """
                select e.id, e.event_type, e.stance, e.summary, e.date_phrase, e.date_precision,
                       p.truce, p.stages, p.hostages, p.prisoners,
                       (select min(a.publisher) from event_source s join article a on a.id = s.article_id where s.event_id = e.id),
                       (select min(a.title) from event_source s join article a on a.id = s.article_id where s.event_id = e.id)
                from timeline_event e left join proposal p on p.event_id = e.id
                where e.summary is not null and e.stable_key not like 'synthetic-%'
                order by e.id""",
                rs -> {
                    byEvent.put(
                            rs.getLong(1),
                            new Template(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    new ArrayList<>(),
                                    rs.getString(11),
                                    rs.getString(12),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getString(9),
                                    rs.getString(10)));
                });
        jdbc.query(
                "select ea.event_id, a.name from event_actor ea join actor a on a.id = ea.actor_id order by ea.event_id, a.name",
                rs -> {
                    Template t = byEvent.get(rs.getLong(1));
                    if (t != null) {
                        t.actors().add(rs.getString(2));
                    }
                });
        List<Template> templates = new ArrayList<>(byEvent.values());
        return templates.isEmpty() ? BUILT_IN : templates;
    }

    /** Plausible events for a database without the seed articles. */
    private static final List<Template> BUILT_IN =
            List.of(
                    new Template(
                            "PROPOSAL",
                            null,
                            "Egyptian mediators proposed a three-stage truce under which hostages would be "
                                    + "released in exchange for Palestinian prisoners.",
                            "on Tuesday",
                            "DAY",
                            List.of("Egypt"),
                            "Synthetic Wire",
                            "Mediators table new truce plan",
                            "three-stage truce",
                            "three stages",
                            "hostages",
                            "prisoners"),
                    new Template(
                            "RESPONSE",
                            "REJECT",
                            "Israel rejected the proposal, an official said, calling its terms unacceptable.",
                            null,
                            "DAY",
                            List.of("Israel"),
                            "Synthetic Wire",
                            "Israel rejects truce plan",
                            null,
                            null,
                            null,
                            null),
                    new Template(
                            "RESPONSE",
                            "ACCEPT",
                            "Hamas said it had accepted the Egyptian proposal.",
                            "on Wednesday",
                            "DAY",
                            List.of("Hamas"),
                            "Synthetic Wire",
                            "Hamas accepts truce plan",
                            null,
                            null,
                            null,
                            null),
                    new Template(
                            "TALKS_HELD",
                            null,
                            "Negotiators met in Cairo for a second day of indirect talks.",
                            "on Thursday",
                            "DAY",
                            List.of("Egypt", "Israel", "Hamas"),
                            "Synthetic Wire",
                            "Talks resume in Cairo",
                            null,
                            null,
                            null,
                            null),
                    new Template(
                            "STATEMENT",
                            null,
                            "Qatar's foreign ministry said the talks were making progress.",
                            "on Friday",
                            "DAY",
                            List.of("Qatar"),
                            "Synthetic Wire",
                            "Qatar sees progress in talks",
                            null,
                            null,
                            null,
                            null),
                    new Template(
                            "MILITARY_ACTION",
                            null,
                            "Rockets were fired at southern Israel shortly after midnight.",
                            "shortly after midnight",
                            "PART_OF_DAY",
                            List.of("Hamas"),
                            "Synthetic Wire",
                            "Rockets fired overnight",
                            null,
                            null,
                            null,
                            null));

    private List<Round> insertRounds(
            Connection c, int count, Random random, Ids ids, String run, Map<String, Long> actorIds)
            throws SQLException {
        List<Round> rounds = new ArrayList<>();
        long span = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
        long israel = actor(c, "Israel", "PARTY", actorIds);
        List<String> mediators = List.of("Egypt", "Qatar", "United States");
        try (PreparedStatement round =
                        c.prepareStatement(
                                "insert into negotiation_round (id, slug, name, counterpart_id, "
                                        + "start_day, end_day) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement roundActor =
                        c.prepareStatement(
                                "insert into round_actor (round_id, actor_id, role) values (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String counterpart = i % 3 == 2 ? "Palestinian Islamic Jihad" : "Hamas";
                LocalDate start = FIRST_DAY.plusDays(span * i / count + random.nextInt(20));
                LocalDate end = start.plusDays(20 + random.nextInt(40));
                List<String> its = mediators.subList(0, 2 + i % 2);
                long id = ids.round++;
                round.setLong(1, id);
                round.setString(2, "synthetic-" + run + "-" + RoundNamer.slug(start, counterpart));
                round.setString(3, RoundNamer.name(start, counterpart, its, null) + " (synthetic)");
                round.setLong(4, actor(c, counterpart, "PARTY", actorIds));
                round.setObject(5, start);
                round.setObject(6, end);
                round.addBatch();
                for (long party : List.of(israel, actor(c, counterpart, "PARTY", actorIds))) {
                    roundActor.setLong(1, id);
                    roundActor.setLong(2, party);
                    roundActor.setString(3, "PARTY");
                    roundActor.addBatch();
                }
                for (String mediator : its) {
                    roundActor.setLong(1, id);
                    roundActor.setLong(2, actor(c, mediator, "MEDIATOR", actorIds));
                    roundActor.setString(3, "MEDIATOR");
                    roundActor.addBatch();
                }
                rounds.add(new Round(id, counterpart, start, end));
            }
            round.executeBatch();
            roundActor.executeBatch();
        }
        return rounds;
    }

    /**
     * Events {@code from} to {@code to} of {@code count}, spread evenly over the rounds in order.
     */
    private int[] insertEvents(
            Connection c,
            int from,
            int to,
            int count,
            List<Round> rounds,
            List<Template> templates,
            Random random,
            Ids ids,
            String run,
            Map<String, Long> actorIds)
            throws SQLException {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
        Timestamp now = Timestamp.from(Instant.now());
        int articles = 0;
        int proposals = 0;
        int responses = 0;
        try (PreparedStatement article =
                        c.prepareStatement(
                                "insert into article (id, content_hash, file_name, title, "
                                        + "publisher, published, published_source, published_evidence, timezone, round_id, imported_at) "
                                        + "values (?, ?, ?, ?, ?, ?, 'MANIFEST', 'synthetic', 'Asia/Jerusalem', ?, ?)");
                PreparedStatement mention =
                        c.prepareStatement(
                                "insert into date_mention (id, article_id, sentence, line, "
                                        + "caption, phrase, rule_name, start_at, end_at, date_precision, anchor, reason, confidence) "
                                        + "values (?, ?, ?, ?, false, ?, 'SYNTHETIC', ?, ?, ?, ?, ?, 0.9)");
                PreparedStatement event =
                        c.prepareStatement(
                                "insert into timeline_event (id, stable_key, round_id, "
                                        + "event_type, stance, start_at, end_at, date_precision, date_phrase, approximate, summary, "
                                        + "verified, version, corrected, date_mention_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, false, ?)");
                PreparedStatement eventActor =
                        c.prepareStatement(
                                "insert into event_actor (event_id, actor_id) values (?, ?)");
                PreparedStatement source =
                        c.prepareStatement(
                                "insert into event_source (id, event_id, article_id, sentence, "
                                        + "line, date_mention_id) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement proposal =
                        c.prepareStatement(
                                "insert into proposal (id, event_id, truce, stages, hostages, "
                                        + "prisoners, answers_id) values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement response =
                        c.prepareStatement(
                                "insert into response (id, event_id, proposal_id, party_id) "
                                        + "values (?, ?, ?, ?)")) {
            long articleId = 0;
            LocalDate published = null;
            int roundIndex = -1;
            long lastProposal = 0;
            for (int i = from; i < to; i++) {
                int r = (int) ((long) i * rounds.size() / count);
                Round round = rounds.get(r);
                if (r != roundIndex || i % EVENTS_PER_ARTICLE == 0 || articleId == 0) {
                    if (r != roundIndex) {
                        lastProposal = 0;
                    }
                    roundIndex = r;
                    Template t = templates.get(random.nextInt(templates.size()));
                    published =
                            round.start()
                                    .plusDays(
                                            random.nextInt(
                                                    (int)
                                                                    ChronoUnit.DAYS.between(
                                                                            round.start(),
                                                                            round.end())
                                                            + 1));
                    articleId = ids.article++;
                    article.setLong(1, articleId);
                    article.setString(2, ContentHash.sha256("synthetic|" + run + "|" + articleId));
                    article.setString(3, "synthetic-" + run + "-" + articleId + ".txt");
                    article.setString(
                            4, t.title() == null ? "Ceasefire talks, day " + published : t.title());
                    article.setString(5, t.publisher() == null ? "Synthetic Wire" : t.publisher());
                    article.setObject(6, published);
                    article.setLong(7, round.id());
                    article.setTimestamp(8, now);
                    article.addBatch();
                    articles++;
                }
                Template t = templates.get(random.nextInt(templates.size()));
                // undated events sit on their article's day; dated ones a few days before, on the
                // weekday they name
                LocalDate on =
                        t.datePhrase() == null ? published : published.minusDays(random.nextInt(4));
                DayOfWeek named = weekday(t.datePhrase());
                if (named != null) {
                    on = published.with(TemporalAdjusters.previousOrSame(named));
                }
                on = on.isBefore(round.start()) ? round.start() : on;
                LocalDateTime start = on.atStartOfDay();
                LocalDateTime end = start;
                if ("PART_OF_DAY".equals(t.precision()) || "TIME".equals(t.precision())) {
                    start = start.plusHours(6 + random.nextInt(14));
                    end = "TIME".equals(t.precision()) ? start : start.plusHours(6);
                } else if ("WEEK".equals(t.precision())) {
                    start = on.minusDays(on.getDayOfWeek().getValue() - 1L).atStartOfDay();
                    end = start.plusDays(6);
                }
                String precision = t.precision() == null ? "DAY" : t.precision();
                long eventId = ids.event++;
                Long mentionId = null;
                if (t.datePhrase() != null) {
                    mentionId = ids.mention++;
                    mention.setLong(1, mentionId);
                    mention.setLong(2, articleId);
                    mention.setString(3, t.summary());
                    mention.setInt(4, 3 + random.nextInt(30));
                    mention.setString(5, t.datePhrase());
                    mention.setObject(6, start);
                    mention.setObject(7, end);
                    mention.setString(8, precision);
                    mention.setString(9, "publication " + published);
                    mention.setString(
                            10, "synthetic: '" + t.datePhrase() + "' placed on " + day.format(on));
                    mention.addBatch();
                }
                event.setLong(1, eventId);
                event.setString(2, "synthetic-" + run + "-" + eventId);
                event.setLong(3, round.id());
                event.setString(4, t.type());
                event.setString(5, t.stance());
                event.setObject(6, start);
                event.setObject(7, end);
                event.setString(8, precision);
                event.setString(9, t.datePhrase());
                event.setBoolean(10, t.datePhrase() == null);
                event.setString(11, t.summary());
                if (mentionId == null) {
                    event.setNull(12, Types.BIGINT);
                } else {
                    event.setLong(12, mentionId);
                }
                event.addBatch();
                List<String> actors =
                        t.actors().isEmpty() ? List.of(round.counterpart()) : t.actors();
                for (String name : actors) {
                    eventActor.setLong(1, eventId);
                    eventActor.setLong(2, actor(c, name, "OTHER", actorIds));
                    eventActor.addBatch();
                }
                source.setLong(1, ids.source++);
                source.setLong(2, eventId);
                source.setLong(3, articleId);
                source.setString(4, t.summary());
                source.setInt(5, 3 + random.nextInt(30));
                if (mentionId == null) {
                    source.setNull(6, Types.BIGINT);
                } else {
                    source.setLong(6, mentionId);
                }
                source.addBatch();
                if (EventTypes.isProposal(EventType.valueOf(t.type()))) {
                    long proposalId = ids.proposal++;
                    proposal.setLong(1, proposalId);
                    proposal.setLong(2, eventId);
                    proposal.setString(3, t.truce());
                    proposal.setString(4, t.stages());
                    proposal.setString(5, t.hostages());
                    proposal.setString(6, t.prisoners());
                    if ("COUNTER_PROPOSAL".equals(t.type()) && lastProposal != 0) {
                        proposal.setLong(7, lastProposal);
                    } else {
                        proposal.setNull(7, Types.BIGINT);
                    }
                    proposal.addBatch();
                    lastProposal = proposalId;
                    proposals++;
                } else if ("RESPONSE".equals(t.type())) {
                    response.setLong(1, ids.response++);
                    response.setLong(2, eventId);
                    if (lastProposal == 0) {
                        response.setNull(3, Types.BIGINT);
                    } else {
                        response.setLong(3, lastProposal);
                    }
                    response.setLong(4, actor(c, actors.get(0), "OTHER", actorIds));
                    response.addBatch();
                    responses++;
                }
                if ((i - from) % 1000 == 999) {
                    flush(article, mention, event, eventActor, source, proposal, response);
                }
            }
            flush(article, mention, event, eventActor, source, proposal, response);
        }
        return new int[] {articles, proposals, responses};
    }

    private static DayOfWeek weekday(String phrase) {
        if (phrase == null) {
            return null;
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values())
                .filter(
                        d ->
                                lower.contains(
                                        d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                                                .toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
    }

    /**
     * Referenced rows first: articles and mentions before events, events before what points at
     * them.
     */
    private static void flush(PreparedStatement... inOrder) throws SQLException {
        for (PreparedStatement statement : inOrder) {
            statement.executeBatch();
        }
    }

    /** The actor's id, added when the database does not know it yet. */
    private static long actor(Connection c, String name, String role, Map<String, Long> known)
            throws SQLException {
        Long id = known.get(name);
        if (id != null) {
            return id;
        }
        try (PreparedStatement find = c.prepareStatement("select id from actor where name = ?")) {
            find.setString(1, name);
            try (var rs = find.executeQuery()) {
                if (rs.next()) {
                    known.put(name, rs.getLong(1));
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement insert =
                c.prepareStatement(
                        "insert into actor (name, default_role) values (?, ?)",
                        new String[] {"id"})) {
            insert.setString(1, name);
            insert.setString(2, role);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                known.put(name, keys.getLong(1));
                return keys.getLong(1);
            }
        }
    }

    /**
     * The next free key of each table written with explicit keys; afterwards each identity column
     * restarts past them (H2 and PostgreSQL both take {@code alter table .. alter column .. restart
     * with}).
     */
    private static final class Ids {

        long round;
        long article;
        long mention;
        long event;
        long source;
        long proposal;
        long response;

        static Ids read(Connection c) throws SQLException {
            Ids ids = new Ids();
            ids.round = next(c, "negotiation_round");
            ids.article = next(c, "article");
            ids.mention = next(c, "date_mention");
            ids.event = next(c, "timeline_event");
            ids.source = next(c, "event_source");
            ids.proposal = next(c, "proposal");
            ids.response = next(c, "response");
            return ids;
        }

        private static long next(Connection c, String table) throws SQLException {
            try (var statement = c.createStatement();
                    var rs =
                            statement.executeQuery(
                                    "select coalesce(max(id), 0) + 1 from " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        void restartIdentities(Connection c) throws SQLException {
            Map<String, Long> next =
                    Map.of(
                            "negotiation_round",
                            round,
                            "article",
                            article,
                            "date_mention",
                            mention,
                            "timeline_event",
                            event,
                            "event_source",
                            source,
                            "proposal",
                            proposal,
                            "response",
                            response);
            try (var statement = c.createStatement()) {
                for (var e : next.entrySet()) {
                    statement.execute(
                            "alter table "
                                    + e.getKey()
                                    + " alter column id restart with "
                                    + e.getValue());
                }
            }
        }
    }
}
