package org.ceasefiretimeline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules kept as data: a class-path text file whose non-blank lines that do not start with '#' are
 * entries, each split on " | " into fields. Comment lines carry the format header and an example
 * per entry.
 */
public final class RuleFile {

    private RuleFile() {}

    public static List<List<String>> load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing rule file " + name + " beside " + owner.getName());
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> entries = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                entries.add(List.of(line.strip().split("\\s+\\|\\s+")));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + name, e);
        }
    }
}
