package dk.pulje.query.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than the server reads, answered on the page it was sent from with "too large". The upload forms
 * carry their CSRF token in the multipart body, never in the address, so the body is read before the token is checked;
 * a body over the server's limits cannot be read, and this filter, before the CSRF check, sends such an upload back to
 * its form's page with the refusal instead (a page to look at, which changes nothing and needs no token).
 */
final class TooLargeUpload extends OncePerRequestFilter {

    private static final Pattern DRAFT = Pattern.compile("/portal/drafts/([0-9a-f-]{36})/attachments");
    private static final Pattern REPORT = Pattern.compile(
            "/portal/grants/([A-Za-z0-9][A-Za-z0-9-]{0,63})/reports/([A-Za-z0-9][A-Za-z0-9-]{0,63})/submission");

    private final long readable;

    /** {@code readable}: the most bytes of one file the server reads from a multipart body. */
    TooLargeUpload(long readable) {
        this.readable = readable;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> page = "POST".equals(request.getMethod())
                        && String.valueOf(request.getContentType()).startsWith("multipart/form-data")
                ? page(request)
                : Optional.empty();
        if (page.isPresent()) {
            try {
                request.getParts();
            } catch (IllegalStateException | IOException | ServletException unread) {
                // Any limit a body breaks makes it longer than one file may be; a body within it failed otherwise.
                if (readable < 0 || request.getContentLengthLong() <= readable) {
                    throw unread;
                }
                response.sendRedirect(request.getContextPath() + page.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The page an upload form at the request's address belongs to, with the refusal for it to show. */
    static Optional<String> page(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher draft = DRAFT.matcher(path);
        if (draft.matches()) {
            return Optional.of("/portal/drafts/" + draft.group(1) + "?refused=document-too-large#attachments");
        }
        Matcher report = REPORT.matcher(path);
        if (report.matches()) {
            return Optional.of(
                    "/portal/grants/" + report.group(1) + "?refused=document-too-large#report-" + report.group(2));
        }
        return Optional.empty();
    }
}
