package org.ceasefiretimeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ceasefiretimeline.ingest.InvalidManifestException;
import org.ceasefiretimeline.ingest.ManifestEntry;
import org.ceasefiretimeline.ingest.ManifestReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Any bytes as a manifest.json: entries keyed by file, or an {@link InvalidManifestException}
 * naming the file.
 */
class ManifestFuzzTest {

    private final ManifestReader reader = new ManifestReader();
    private Path dir;
    private Path manifest;

    @BeforeEach
    void createFolder() throws IOException {
        dir = Files.createTempDirectory("manifest-fuzz");
        manifest = dir.resolve(ManifestReader.FILE_NAME);
    }

    @AfterEach
    void deleteFolder() throws IOException {
        Files.deleteIfExists(manifest);
        Files.deleteIfExists(dir);
    }

    @DictionaryEntries({
        "{\"articles\":[",
        "]}",
        "\"file\":",
        "\"published\":",
        "\"publisher\":",
        "\"url\":",
        "\"title\":",
        "\"timezone\":",
        "\"2024-06-07\"",
        "\"2024-06-07T10:00:00Z\"",
        "\"Asia/Jerusalem\"",
        "\"UTC\"",
        "null",
        "true",
        "[]",
        "{}"
    })
    @FuzzTest(maxDuration = FuzzInputs.MAX_DURATION)
    void parsesAnyManifest(byte[] bytes) throws IOException {
        Files.write(manifest, bytes);
        Map<String, ManifestEntry> entries;
        try {
            entries = reader.read(manifest);
        } catch (InvalidManifestException invalid) {
            assertThat(invalid.getMessage()).startsWith(manifest.toString());
            return;
        }
        entries.forEach(
                (file, entry) -> {
                    assertThat(entry.file()).isEqualTo(file);
                });
    }
}
