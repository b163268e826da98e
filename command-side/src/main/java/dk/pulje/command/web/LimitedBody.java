package dk.pulje.command.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/** A request whose body has no announced length (chunked): reading past the limit fails with {@link BodyTooLarge}. */
class LimitedBody extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream limited;

    LimitedBody(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (limited == null) {
            ServletInputStream body = super.getInputStream();
            limited = new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = body.read();
                    if (next >= 0 && ++read > limit) {
                        throw new BodyTooLarge(limit);
                    }
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int count = body.read(buffer, offset, length);
                    if (count > 0 && (read += count) > limit) {
                        throw new BodyTooLarge(limit);
                    }
                    return count;
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
        return limited;
    }

    /** The body went past the limit while it was read. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long limit) {
            super("A request body has at most " + limit + " bytes");
        }
    }
}
