package org.ceasefiretimeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the formatter does not check in the main sources. Issue 10: inline fully qualified {@code
 * java.util}/{@code java.time} names ({@code new java.util.HashMap<>()}) where an import reads
 * better.
 */
class MainSourcesTest {

    private static final Path MAIN = Path.of("src", "main", "java");

    /** A qualified name of a class in java.util or java.time, such as java.util.regex.Pattern. */
    private static final Pattern INLINE_QUALIFIED =
            Pattern.compile("\\bjava\\.(?:util|time)(?:\\.[a-z]\\w*)*\\.[A-Z]");

    @Test
    void java_util_and_java_time_classes_are_imported_not_named_in_full() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!line.startsWith("import ") && INLINE_QUALIFIED.matcher(line).find()) {
                        found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
