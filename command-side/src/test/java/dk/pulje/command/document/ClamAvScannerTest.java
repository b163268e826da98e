package dk.pulje.command.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The clamd client against a fake clamd on the loopback address that speaks INSTREAM and answers as told. */
class ClamAvScannerTest {

    /** Accepts one connection, reads one INSTREAM command to its end, and answers what {@code verdict} says. */
    private static final class FakeClamd implements AutoCloseable {

        final ServerSocket server;
        final CompletableFuture<byte[]> received = new CompletableFuture<>();

        FakeClamd(Function<byte[], String> verdict) throws IOException {
            server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            Thread fake = new Thread(() -> {
                try (Socket client = server.accept()) {
                    DataInputStream in = new DataInputStream(client.getInputStream());
                    byte[] command = new byte["zINSTREAM\0".length()];
                    in.readFully(command);
                    assertThat(new String(command, StandardCharsets.US_ASCII)).isEqualTo("zINSTREAM\0");
                    ByteArrayOutputStream content = new ByteArrayOutputStream();
                    for (int length = in.readInt(); length > 0; length = in.readInt()) {
                        content.write(in.readNBytes(length));
                    }
                    OutputStream out = client.getOutputStream();
                    out.write((verdict.apply(content.toByteArray()) + "\0").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    received.complete(content.toByteArray());
                } catch (Throwable e) {
                    received.completeExceptionally(e);
                }
            });
            fake.setDaemon(true);
            fake.start();
        }

        ClamAvScanner scanner() {
            return new ClamAvScanner("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(5));
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    @Test
    void clean_content_is_streamed_whole_in_chunks_and_passes() throws Exception {
        byte[] content = new byte[200_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        try (FakeClamd clamd = new FakeClamd(received -> "stream: OK")) {
            assertThat(clamd.scanner().infection(content)).isEmpty();
            assertThat(clamd.received.get()).isEqualTo(content);
        }
    }

    @Test
    void what_clamd_found_is_named() throws Exception {
        try (FakeClamd clamd = new FakeClamd(received -> "stream: Eicar-Test-Signature FOUND")) {
            assertThat(clamd.scanner().infection("X5O!P%@AP".getBytes(StandardCharsets.US_ASCII)))
                    .contains("Eicar-Test-Signature");
        }
    }

    @Test
    void an_error_from_clamd_or_no_clamd_at_all_makes_the_scanner_unavailable() throws Exception {
        try (FakeClamd clamd = new FakeClamd(received -> "INSTREAM size limit exceeded. ERROR")) {
            assertThatThrownBy(() -> clamd.scanner().infection(new byte[10]))
                    .isInstanceOf(DocumentScanner.Unavailable.class)
                    .hasMessageContaining("size limit exceeded");
        }
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = unused.getLocalPort();
        }
        assertThatThrownBy(
                        () -> new ClamAvScanner("127.0.0.1", closedPort, Duration.ofSeconds(2)).infection(new byte[1]))
                .isInstanceOf(DocumentScanner.Unavailable.class);
    }
}
