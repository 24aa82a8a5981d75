package org.ceasefiretimeline;

import java.util.Arrays;
import org.ceasefiretimeline.editor.CorrectionsCommand;
import org.ceasefiretimeline.extract.cli.ExtractCommand;
import org.ceasefiretimeline.importing.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        // `extract` runs the plain-Java pipeline alone: no web server, no database
        if (args.length > 0 && args[0].equals("extract")) {
            // its report is stdout, so libraries' logs (ical4j's, through Natty) go to stderr
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            System.exit(new ExtractCommand().run(Arrays.copyOfRange(args, 1, args.length)));
        }
        // `export --corrections FILE` and `import --corrections FILE`: editors' corrections as JSON
        if (args.length > 0 && args[0].equals("export")) {
            System.exit(
                    new CorrectionsCommand()
                            .export(Application.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("import") && CorrectionsCommand.isRestore(args)) {
            System.exit(
                    new CorrectionsCommand()
                            .restore(Application.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(
                    new ImportCommand()
                            .run(Application.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(Application.class, args);
    }
}
