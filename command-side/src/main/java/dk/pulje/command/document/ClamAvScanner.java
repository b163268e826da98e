package dk.pulje.command.document;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks clamd over TCP with its {@code INSTREAM} command: the content in chunks, each after its length as four bytes
 * (big-endian), ended by a chunk of length zero; clamd answers {@code stream: OK} or
 * {@code stream: <signature> FOUND}. Anything else (an error, clamd's own size limit) refuses the upload.
 */
class ClamAvScanner implements DocumentScanner {

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration timeout;

    ClamAvScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public Optional<String> infection(byte[] content) {
        String answer;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int at = 0; at < content.length; at += CHUNK) {
                int length = Math.min(CHUNK, content.length - at);
                out.writeInt(length);
                out.write(content, at, length);
            }
            out.writeInt(0);
            out.flush();
            answer = readAnswer(socket.getInputStream());
        } catch (IOException e) {
            throw new Unavailable("ClamAV at " + host + ":" + port + " could not scan the document", e);
        }
        if (answer.endsWith(" OK")) {
            return Optional.empty();
        }
        if (answer.endsWith(" FOUND")) {
            String found = answer.substring(answer.indexOf(':') + 1, answer.length() - " FOUND".length());
            return Optional.of(found.strip());
        }
        throw new Unavailable("ClamAV at " + host + ":" + port + " answered: " + answer, null);
    }

    /** clamd's answer up to its terminating NUL (the {@code z} of the command asks for one). */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0; b = in.read()) {
            if (answer.size() > 4096) {
                break;
            }
            answer.write(b);
        }
        return answer.toString(StandardCharsets.UTF_8).strip();
    }
}
