package dk.pulje.query.portal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * An upload larger than the server reads, answered on the page it was sent from with "too large" rather than as a
 * refused request. Its form carries the CSRF token in the multipart body, never in the address; a body the server does
 * not read has no token to check, so the request is refused, and for an upload form's address that refusal is turned
 * into a redirect to the form's page (a page to look at, which changes nothing). Any other refusal is left to
 * {@code otherwise}.
 */
final class TooLargeUpload implements AccessDeniedHandler {

    private static final Pattern DRAFT = Pattern.compile("/portal/drafts/([0-9a-f-]{36})/attachments");
    private static final Pattern REPORT = Pattern.compile(
            "/portal/grants/([A-Za-z0-9][A-Za-z0-9-]{0,63})/reports/([A-Za-z0-9][A-Za-z0-9-]{0,63})/submission");

    private final long readable;
    private final AccessDeniedHandler otherwise;

    /** {@code readable}: the most bytes of a file the server reads from a multipart body. */
    TooLargeUpload(long readable, AccessDeniedHandler otherwise) {
        this.readable = readable;
        this.otherwise = otherwise;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Optional<String> page = denied instanceof CsrfException
                        && "POST".equals(request.getMethod())
                        && String.valueOf(request.getContentType()).startsWith("multipart/form-data")
                        && readable >= 0
                        && request.getContentLengthLong() > readable
                ? page(request)
                : Optional.empty();
        if (page.isPresent()) {
            response.sendRedirect(request.getContextPath() + page.get());
        } else {
            otherwise.handle(request, response, denied);
        }
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

    /** Where an exception handler sends an upload the server would not read whole. */
    static String redirect(HttpServletRequest request) {
        return "redirect:" + page(request).orElse("/portal/applications");
    }
}
