package org.ceasefiretimeline.importing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import <files or folders> [--spring.datasource.url=...]}: imports articles into the
 * database without starting the web server. Exit status 0 when every article was imported or
 * already there, 1 when some had problems.
 */
public final class ImportCommand {

    /** Vaadin's auto-configuration needs a web server; the import has none. */
    public static final String NO_WEB =
            "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    public int run(Class<?> application, String[] args) {
        if (args.length == 0) {
            System.err.println("usage: import <article files or folders>...");
            return 2;
        }
        // "--spring.datasource.url=..." and other options configure Spring; the rest are files and
        // folders
        List<Path> inputs =
                Arrays.stream(args).filter(a -> !a.startsWith("--")).map(Path::of).toList();
        String[] options =
                Arrays.stream(args).filter(a -> a.startsWith("--")).toArray(String[]::new);
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(application)
                        .web(WebApplicationType.NONE)
                        .properties(
                                "ceasefire.import-seeds-on-start=false",
                                "spring.autoconfigure.exclude=" + NO_WEB)
                        .run(options)) {
            ImportResult result = context.getBean(ArticleImporter.class).importPaths(inputs);
            result.problems().forEach(p -> System.err.println("import: " + p));
            System.out.println("import: " + result);
            return result.problems().isEmpty() ? 0 : 1;
        }
    }
}
