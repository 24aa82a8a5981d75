package org.ceasefiretimeline;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Which feature may use which. The pipeline ({@code ingest}, then {@code extract}) is plain Java;
 * the domain ({@code timeline}: entities and repositories) sits on the pipeline's value types only;
 * {@code importing} stores what the pipeline read; {@code reader} and {@code editor} are the two
 * kinds of views, the editor showing events through the reader's read models and never the other
 * way round; {@code embed} reads through the reader's read model without Vaadin.
 */
@AnalyzeClasses(
        packages = "org.ceasefiretimeline",
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {
        "org.springframework..",
        "com.vaadin..",
        "jakarta.persistence..",
        "org.hibernate..",
        "java.sql.."
    };

    /**
     * The pipeline runs from the command line, in tests and in benchmarks: no framework, no
     * database.
     */
    @ArchTest
    static final ArchRule extraction_and_ingestion_are_plain_java =
            noClasses()
                    .that()
                    .resideInAnyPackage("..extract..", "..ingest..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule ingestion_uses_no_other_feature =
            noClasses()
                    .that()
                    .resideInAPackage("..ingest..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "..extract..",
                            "..importing..",
                            "..timeline..",
                            "..reader..",
                            "..editor..",
                            "..base..");

    /** Extraction reads what ingestion gives it, and knows nothing of storage or views. */
    @ArchTest
    static final ArchRule extraction_uses_only_ingestion =
            noClasses()
                    .that()
                    .resideInAPackage("..extract..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "..importing..",
                            "..timeline..",
                            "..reader..",
                            "..editor..",
                            "..base..");

    /**
     * The domain holds the pipeline's value types (event types, precisions, blocks), nothing of the
     * features.
     */
    @ArchTest
    static final ArchRule the_domain_depends_on_no_feature =
            noClasses()
                    .that()
                    .resideInAPackage("..timeline..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "..importing..",
                            "..reader..",
                            "..editor..",
                            "..base..",
                            "com.vaadin..");

    @ArchTest
    static final ArchRule importing_uses_only_the_pipeline_and_the_domain =
            noClasses()
                    .that()
                    .resideInAPackage("..importing..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("..reader..", "..editor..", "..base..", "com.vaadin..");

    @ArchTest
    static final ArchRule readers_never_see_the_editor =
            noClasses()
                    .that()
                    .resideInAPackage("..reader..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("..editor..");

    /**
     * The editor shows events as readers see them, through the reader's service and read models
     * only.
     */
    @ArchTest
    static final ArchRule the_editor_uses_only_the_readers_read_models =
            noClasses()
                    .that()
                    .resideInAPackage("..editor..")
                    .should()
                    .dependOnClassesThat(
                            resideInAPackage("..reader..")
                                    .and(
                                            not(
                                                    nameMatching(
                                                            ".*\\.reader\\.(TimelineService|TimelineViews)(\\$.*)?"))));

    /**
     * The embed pages, oEmbed and the API are served without a Vaadin session: no Vaadin class, and
     * of the reader only its read model (which the Vaadin views share).
     */
    @ArchTest
    static final ArchRule embeds_use_no_vaadin_and_only_the_readers_read_model =
            noClasses()
                    .that()
                    .resideInAPackage("..embed..")
                    .should()
                    .dependOnClassesThat(
                            resideInAPackage("com.vaadin..")
                                    .or(
                                            resideInAPackage("..reader..")
                                                    .and(
                                                            not(
                                                                    nameMatching(
                                                                            ".*\\.reader\\.(TimelineService|TimelineViews)(\\$.*)?")))));

    /** Nothing depends on the embeds: they are a way out of the app, like the reader's pages. */
    @ArchTest
    static final ArchRule no_feature_uses_the_embeds =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("..embed..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("..embed..");

    /** The layout and error pages serve every feature and depend on none. */
    @ArchTest
    static final ArchRule base_depends_on_no_feature =
            noClasses()
                    .that()
                    .resideInAPackage("..base..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "..ingest..",
                            "..extract..",
                            "..importing..",
                            "..timeline..",
                            "..reader..",
                            "..editor..");

    @ArchTest
    static final ArchRule features_have_no_cycles =
            slices().matching("org.ceasefiretimeline.(*)..").should().beFreeOfCycles();
}
