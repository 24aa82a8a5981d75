package org.ceasefiretimeline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ceasefiretimeline.extract.ArticleExtraction;
import org.ceasefiretimeline.extract.ExtractionPipeline;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.ingest.CorpusReader;
import org.ceasefiretimeline.timeline.Actor;
import org.ceasefiretimeline.timeline.ProposalRepository;
import org.ceasefiretimeline.timeline.ResponseRepository;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.util.ClassUtils;

/**
 * An import resumed after a crash gives the events one uninterrupted import gives, whatever order
 * the database returns rows in where a query asks for none. PostgreSQL returns them in the order
 * they lie in its table files, which every update (a round widened, an editor's correction) and
 * every transaction a kill broke off change: the resumed import then saw rounds and proposals in
 * another order than the uninterrupted one, put an article in the other of two rounds near its day
 * and answered another of two proposals made the same day (CrashSafeImportIT on PostgreSQL had 568
 * events against 569). Here the repositories return such rows reversed, on H2 as on PostgreSQL.
 */
@Tag("database")
@DataJpaTest(properties = "ceasefire.import-seeds-on-start=false")
@Import({ImportingComponents.class, ResumedImportTest.AnyRowOrder.class})
class ResumedImportTest {

    /** While set, the repositories return rows reversed where their query asks for no order. */
    static final AtomicBoolean REVERSED = new AtomicBoolean();

    private static final String CORRECTED = "checked by an editor during the import";

    /**
     * How many articles of the development set (dev and test, by file name) the tests import: a
     * fixed number, so that the test's time (it runs on H2 and on PostgreSQL) does not grow with
     * the set.
     */
    private static final int ARTICLES = 100;

    /** The articles, extracted once for all the tests. */
    private static List<ArticleExtraction> extracted;

    @Autowired ImportService importService;
    @Autowired TimelineEventRepository events;
    @Autowired ProposalRepository proposals;
    @Autowired ResponseRepository responses;
    @Autowired EntityManager entityManager;

    @AfterEach
    void inOrderAgain() {
        REVERSED.set(false);
    }

    @Test
    void the_events_do_not_depend_on_the_order_the_database_returns_rows_in() {
        Map<String, String> inOrder = importInOneGo();
        restart();
        REVERSED.set(true);
        Map<String, String> reversed = importInOneGo();
        assertThat(reversed.size()).isEqualTo(inOrder.size());
        assertThat(reversed).isEqualTo(inOrder);
    }

    @Test
    void an_import_resumed_after_an_editors_correction_gives_the_events_of_one_in_one_go() {
        Map<String, String> oneGo = importInOneGo();
        Map<String, String> oneGoEdits = edits();
        restart();

        List<ArticleExtraction> all = articles();
        int half = all.size() / 2;
        all.subList(0, half).forEach(importService::importArticle);
        String corrected = correctOneEvent();
        // as after a kill on PostgreSQL: the rows come back in another order
        REVERSED.set(true);
        all.subList(half, all.size()).forEach(importService::importArticle);
        importService.summarizeOutcomes();
        Map<String, String> resumed = signatures();
        Map<String, String> resumedEdits = edits();

        assertThat(resumed.size()).as("events").isEqualTo(oneGo.size());
        assertThat(resumed).isEqualTo(oneGo);
        // what the correction changed, and nothing else
        assertThat(oneGoEdits.get(corrected)).isEqualTo("not corrected, not verified");
        assertThat(resumedEdits.get(corrected))
                .isEqualTo("corrected, verified, summary: " + CORRECTED);
        oneGoEdits.remove(corrected);
        resumedEdits.remove(corrected);
        assertThat(resumedEdits).isEqualTo(oneGoEdits);
    }

    private Map<String, String> importInOneGo() {
        articles().forEach(importService::importArticle);
        importService.summarizeOutcomes();
        return signatures();
    }

    /** A new, empty database: the test's transaction rolls back and another begins. */
    private static void restart() {
        TestTransaction.flagForRollback();
        TestTransaction.end();
        TestTransaction.start();
    }

    private static synchronized List<ArticleExtraction> articles() {
        if (extracted == null) {
            var corpus =
                    new CorpusReader()
                            .read(
                                    List.of(
                                            Path.of("src/test/resources/devset/dev"),
                                            Path.of("src/test/resources/devset/test")),
                                    true);
            extracted =
                    new ExtractionPipeline()
                            .extractAll(
                                    corpus.articles().stream()
                                            .filter(a -> !a.blocks().isEmpty())
                                            .sorted(Comparator.comparing(Article::file))
                                            .limit(ARTICLES)
                                            .toList());
        }
        return extracted;
    }

    /**
     * The editor's correction of CrashSafeImportIT, as the editor's save writes it, of the first
     * dated event stored so far; its date stays, so later reports still merge with it.
     *
     * @return the event's stable key
     */
    private String correctOneEvent() {
        entityManager.flush();
        Object[] first =
                (Object[])
                        entityManager
                                .createNativeQuery(
                                        "select id, stable_key from timeline_event where id ="
                                                + " (select min(id) from timeline_event where"
                                                + " start_at is not null and not approximate)")
                                .getSingleResult();
        entityManager
                .createNativeQuery(
                        "update timeline_event set corrected = true, verified = true, summary = '"
                                + CORRECTED
                                + "', version = version + 1 where id = "
                                + first[0])
                .executeUpdate();
        entityManager.clear();
        return (String) first[1];
    }

    /**
     * Each event by its stable key: what it is, when, in which round, who, its sources, and the
     * proposal or response it is; everything an import decides, nothing an editor's correction
     * changes.
     */
    private Map<String, String> signatures() {
        entityManager.flush();
        Map<String, String> all = new TreeMap<>();
        for (TimelineEvent e : events.findAll()) {
            StringBuilder s = new StringBuilder();
            s.append(e.getType())
                    .append(' ')
                    .append(e.getStance())
                    .append(' ')
                    .append(e.getStart())
                    .append('/')
                    .append(e.getEnd())
                    .append(' ')
                    .append(e.getPrecision())
                    .append(" '")
                    .append(e.getDatePhrase())
                    .append("' approximate ")
                    .append(e.isApproximate())
                    .append(" in ")
                    .append(e.getRound() == null ? null : e.getRound().getSlug())
                    .append(" actors ")
                    .append(e.getActors().stream().map(Actor::getName).sorted().toList())
                    .append(" sources ")
                    .append(
                            e.getSources().stream()
                                    .map(
                                            src ->
                                                    src.getArticle().getFileName()
                                                            + ":"
                                                            + src.getLine()
                                                            + " "
                                                            + src.getSentence())
                                    .sorted()
                                    .toList());
            proposals
                    .findByEvent(e)
                    .ifPresent(
                            p ->
                                    s.append(" proposal ")
                                            .append(
                                                    List.of(
                                                            String.valueOf(p.getTruce()),
                                                            String.valueOf(p.getStages()),
                                                            String.valueOf(p.getHostages()),
                                                            String.valueOf(p.getPrisoners()),
                                                            String.valueOf(p.getEffectiveAt()),
                                                            String.valueOf(p.getEndedAt()),
                                                            String.valueOf(p.getDeadlineAt())))
                                            .append(" mediators ")
                                            .append(
                                                    p.getMediators().stream()
                                                            .map(Actor::getName)
                                                            .sorted()
                                                            .toList())
                                            .append(" answers ")
                                            .append(
                                                    p.getAnswers() == null
                                                            ? null
                                                            : p.getAnswers()
                                                                    .getEvent()
                                                                    .getStableKey()));
            responses
                    .findByEvent(e)
                    .ifPresent(
                            r ->
                                    s.append(" response by ")
                                            .append(r.getParty().getName())
                                            .append(" to ")
                                            .append(
                                                    r.getProposal() == null
                                                            ? null
                                                            : r.getProposal()
                                                                    .getEvent()
                                                                    .getStableKey()));
            all.put(e.getStableKey(), s.toString());
        }
        return all;
    }

    /** Each event's state of review: what an editor's correction changes. */
    private Map<String, String> edits() {
        Map<String, String> all = new TreeMap<>();
        for (TimelineEvent e : events.findAll()) {
            all.put(
                    e.getStableKey(),
                    e.isCorrected()
                            ? "corrected, "
                                    + (e.isVerified() ? "verified" : "not verified")
                                    + ", summary: "
                                    + e.getSummary()
                            : "not corrected, " + (e.isVerified() ? "verified" : "not verified"));
        }
        return all;
    }

    /**
     * Wraps every repository: while {@link #REVERSED} is set, a query that asks for no order
     * returns its rows reversed, as a database may.
     */
    @TestConfiguration
    static class AnyRowOrder {

        @Bean
        static BeanPostProcessor unorderedRowsReversed() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof Repository<?, ?>)) {
                        return bean;
                    }
                    Class<?>[] repositories =
                            ClassUtils.getAllInterfacesAsSet(bean).stream()
                                    .filter(Repository.class::isAssignableFrom)
                                    .toArray(Class<?>[]::new);
                    return Proxy.newProxyInstance(
                            bean.getClass().getClassLoader(),
                            repositories,
                            (proxy, method, args) -> {
                                Object result;
                                try {
                                    result = method.invoke(bean, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                                Query query = method.getAnnotation(Query.class);
                                boolean ordered =
                                        method.getName().contains("OrderBy")
                                                || query != null
                                                        && query.value()
                                                                .toLowerCase(Locale.ROOT)
                                                                .contains("order by");
                                if (REVERSED.get() && !ordered && result instanceof List<?> rows) {
                                    List<Object> reversed = new ArrayList<>(rows);
                                    Collections.reverse(reversed);
                                    return reversed;
                                }
                                return result;
                            });
                }
            };
        }
    }
}
