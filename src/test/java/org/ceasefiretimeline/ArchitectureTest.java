package org.ceasefiretimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.ceasefiretimeline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The pipeline runs from the command line, in tests and in benchmarks: no framework, no database. */
    @ArchTest
    static final ArchRule extraction_and_ingestion_are_plain_java = noClasses()
            .that().resideInAnyPackage("..extract..", "..ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                    "jakarta.persistence..", "org.hibernate..", "java.sql..");

    @ArchTest
    static final ArchRule ingestion_does_not_know_extraction = noClasses()
            .that().resideInAPackage("..ingest..")
            .should().dependOnClassesThat().resideInAPackage("..extract..");

    @ArchTest
    static final ArchRule features_have_no_cycles = slices()
            .matching("org.ceasefiretimeline.(*)..").should().beFreeOfCycles();
}
