package org.ceasefiretimeline.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.AppShellRegistry;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.ceasefiretimeline.reader.HomeView;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The whole application starts on an in-memory H2: schema migrated, shell and start route
 * registered, page served.
 */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:smoke;DB_CLOSE_DELAY=-1",
            "ceasefire.import-seeds-on-start=false",
            "CEASEFIRE_ADMIN_PASSWORD=smoke-test-secret"
        })
class ApplicationSmokeTest {

    @LocalServerPort int port;

    @Autowired DataSource dataSource;

    @Autowired Flyway flyway;

    @Autowired WebApplicationContext context;

    @Test
    void runs_on_an_in_memory_database_not_the_file_under_data() throws Exception {
        try (var connection = dataSource.getConnection()) {
            // on PostgreSQL (the postgres-tests profile), a test database of its own
            assertThat(connection.getMetaData().getURL())
                    .startsWith(TestPostgres.server().orElse("jdbc:h2:mem:"))
                    .doesNotContain("data/ceasefire");
        }
    }

    @Test
    void flyway_applied_every_migration_and_hibernate_validated_the_schema() {
        // ddl-auto=validate: had an entity not matched the migrated schema, the context would not
        // have started
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(applied).allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current().getVersion())
                .isEqualTo(applied[applied.length - 1].getVersion());
        Integer tables =
                new JdbcTemplate(dataSource)
                        .queryForObject(
                                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC'",
                                Integer.class);
        assertThat(tables).isGreaterThan(1);
    }

    @Test
    void vaadin_registered_the_app_shell_and_the_home_route_inside_the_main_layout() {
        VaadinServletContext vaadin = new VaadinServletContext(context.getServletContext());
        assertThat(AppShellRegistry.getInstance(vaadin).getShell()).isEqualTo(AppShell.class);
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(vaadin);
        assertThat(routes.getNavigationTarget("")).contains(HomeView.class);
        assertThat(routes.getRegisteredRoutes())
                .anySatisfy(
                        route -> {
                            assertThat(route.getNavigationTarget()).isEqualTo(HomeView.class);
                            assertThat(route.getParentLayouts()).contains(MainLayout.class);
                        });
    }

    @Test
    void the_start_page_is_served_with_its_title_and_in_english_whatever_the_browser_language()
            throws Exception {
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                        .header("Accept-Language", "de-DE,de;q=0.9")
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<html lang=\"en\">")
                .contains("<title>" + AppShell.TITLE + "</title>");
    }
}
