package dk.pulje.query.audit.export;

import dk.pulje.query.audit.chain.AnchorKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks an audit package offline, with no server or database, and prints the pool's final state folded from its
 * events. From the built jar:
 * {@code java -Dloader.main=dk.pulje.query.audit.export.VerifyAuditPackage -cp query-side-0.1.0-SNAPSHOT.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher pool.ndjson}. With the anchor key in the environment
 * variable {@code PULJE_CHAIN_ANCHOR_KEY} it authenticates the head's anchor too. Ends with 0 when the package
 * verifies, 1 when it does not and 2 when the file or the key cannot be read.
 */
public final class VerifyAuditPackage {

    private VerifyAuditPackage() {}

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
        AnchorKey anchorKey;
        try {
            String key = System.getenv("PULJE_CHAIN_ANCHOR_KEY");
            anchorKey = key == null || key.isBlank() ? null : AnchorKey.fromBase64(key);
        } catch (IllegalArgumentException e) {
            System.err.println("Cannot read the anchor key PULJE_CHAIN_ANCHOR_KEY: " + e.getMessage());
            System.exit(2);
            return;
        }
        AuditPackageCheck.Outcome outcome = new AuditPackageCheck(anchorKey).check(lines);
        System.out.println(outcome.report());
        System.exit(outcome instanceof AuditPackageCheck.Verified ? 0 : 1);
    }
}
