package org.ceasefiretimeline.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ceasefiretimeline.importing.ImportCommand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export --corrections FILE} writes every editor's correction, with its reason, editor and
 * time, as JSON; {@code import --corrections FILE} replays them on a database whose articles were
 * imported (again), and names those that no longer match. Both take {@code --spring.datasource.*}
 * options. Exit status 0, 1 when some did not match, 2 on bad usage.
 */
public final class CorrectionsCommand {

    static final String FORMAT = "ceasefire-corrections/1";

    /** The file's shape: a format name, then the corrections oldest first. */
    record Backup(String format, List<BackedUpCorrection> corrections) {}

    private static final ObjectMapper JSON =
            JsonMapper.builder()
                    .findAndAddModules()
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build();

    /**
     * True for {@code import --corrections FILE}, which this command runs instead of the import.
     */
    public static boolean isRestore(String[] importArgs) {
        return Arrays.asList(importArgs).contains("--corrections");
    }

    public int export(Class<?> application, String[] args) {
        Path file = file(args);
        if (file == null) {
            System.err.println("usage: export --corrections FILE [--spring.datasource.url=...]");
            return 2;
        }
        try (ConfigurableApplicationContext context = start(application, args)) {
            List<BackedUpCorrection> corrections = context.getBean(CorrectionBackup.class).export();
            JSON.writeValue(file.toFile(), new Backup(FORMAT, corrections));
            System.out.println(
                    "export: " + corrections.size() + " editor revision(s) written to " + file);
            return 0;
        } catch (IOException e) {
            System.err.println("export: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    public int restore(Class<?> application, String[] args) {
        Path file = file(args);
        if (file == null) {
            System.err.println("usage: import --corrections FILE [--spring.datasource.url=...]");
            return 2;
        }
        Backup backup;
        try {
            backup = read(file);
        } catch (IOException e) {
            System.err.println(
                    "import: " + file + " is not a corrections backup: " + e.getMessage());
            return 1;
        }
        try (ConfigurableApplicationContext context = start(application, args)) {
            CorrectionBackup.Restored restored =
                    context.getBean(CorrectionBackup.class).restore(backup.corrections());
            restored.unmatched()
                    .forEach(u -> System.err.println("import: no longer matches: " + u));
            System.out.println(
                    "import: "
                            + restored.applied()
                            + " correction(s) applied, "
                            + restored.alreadyApplied()
                            + " already there, "
                            + restored.unmatched().size()
                            + " no longer match, from "
                            + file);
            return restored.unmatched().isEmpty() ? 0 : 1;
        }
    }

    static Backup read(Path file) throws IOException {
        Backup backup = JSON.readValue(file.toFile(), Backup.class);
        if (!FORMAT.equals(backup.format())) {
            throw new IOException("its format is " + backup.format() + ", not " + FORMAT);
        }
        return backup;
    }

    /** The file after {@code --corrections}, or null. */
    private static Path file(String[] args) {
        List<String> list = Arrays.asList(args);
        int i = list.indexOf("--corrections");
        return i < 0 || i + 1 >= list.size() ? null : Path.of(list.get(i + 1));
    }

    private static ConfigurableApplicationContext start(Class<?> application, String[] args) {
        List<String> options = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--") && !a.equals("--corrections")) {
                options.add(a);
            }
        }
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties(
                        "ceasefire.import-seeds-on-start=false",
                        "spring.autoconfigure.exclude=" + ImportCommand.NO_WEB)
                .run(options.toArray(String[]::new));
    }
}
