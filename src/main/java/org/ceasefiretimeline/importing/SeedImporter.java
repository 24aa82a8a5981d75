package org.ceasefiretimeline.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Imports the seed articles at start-up; what was imported before is skipped, so restarts add
 * nothing.
 */
@Component
class SeedImporter implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SeedImporter.class);

    private final ArticleImporter importer;
    private final Path folder;
    private final boolean enabled;

    SeedImporter(
            ArticleImporter importer,
            @Value("${ceasefire.seed-folder:seed-articles}") Path folder,
            @Value("${ceasefire.import-seeds-on-start:true}") boolean enabled) {
        this.importer = importer;
        this.folder = folder;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            LOG.warn(
                    "No seed folder at {}: starting without seed articles",
                    folder.toAbsolutePath());
            return;
        }
        importer.importPaths(List.of(folder));
    }
}
