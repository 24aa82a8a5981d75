package org.ceasefiretimeline.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring test of the database is tagged "database", so that the postgres-tests profile runs it on
 * PostgreSQL too: one left untagged would run on H2 only, and nobody would notice.
 */
@AnalyzeClasses(
        packages = "org.ceasefiretimeline",
        importOptions = ImportOption.OnlyIncludeTests.class)
class DatabaseTestsTagTest {

    private static final DescribedPredicate<JavaAnnotation<?>> DATABASE_TAG =
            DescribedPredicate.describe(
                    "@Tag(\"database\")",
                    a ->
                            a.getRawType().isEquivalentTo(Tag.class)
                                    && "database".equals(a.get("value").orElse(null)));

    @ArchTest
    static final ArchRule spring_database_tests_run_on_postgresql_too =
            classes()
                    .that()
                    .areAnnotatedWith(SpringBootTest.class)
                    .or()
                    .areAnnotatedWith(DataJpaTest.class)
                    .should()
                    .beAnnotatedWith(DATABASE_TAG);
}
