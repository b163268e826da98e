package dk.pulje.query.audit.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks an audit package offline, with no server or database, and prints the pool's final state folded from its
 * events. From the built jar:
 * {@code java -Dloader.main=dk.pulje.query.audit.export.VerifyAuditPackage -cp query-side-0.1.0-SNAPSHOT.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher pool.ndjson}. Ends with 0 when the package verifies,
 * 1 when it does not and 2 when the file cannot be read.
 */
public final class VerifyAuditPackage {

    private VerifyAuditPackage() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: VerifyAuditPackage <pool.ndjson>");
            System.exit(2);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Cannot read " + args[0] + ": " + e);
            System.exit(2);
            return;
        }
        AuditPackageCheck.Outcome outcome = new AuditPackageCheck().check(lines);
        System.out.println(outcome.report());
        System.exit(outcome instanceof AuditPackageCheck.Verified ? 0 : 1);
    }
}
