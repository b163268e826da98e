package dk.pulje.command.web;

import dk.pulje.spring.documents.DocumentSettings;
import dk.pulje.spring.limits.RequestLimitSettings;
import dk.pulje.spring.web.ProblemResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sheds what no command needs before it costs anything (before the password check): a body over
 * {@code pulje.requests.max-body} (64 KB) is answered 413, whether it says its length or streams it. An upload
 * ({@code POST /documents}) may be as large as a document ({@code pulje.documents.max-bytes}) and its multipart
 * framing; over that it is refused as {@code document-too-large}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

    static final String UPLOADS = "/documents";

    private final long maxBody;
    private final long maxDocument;
    private final JsonMapper json;

    RequestBodyLimit(RequestLimitSettings settings, DocumentSettings documents, JsonMapper json) {
        this.maxBody = settings.maxBody().toBytes();
        this.maxDocument = documents.maxBytes().toBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = "POST".equals(request.getMethod()) && UPLOADS.equals(request.getServletPath());
        long limit = upload ? maxDocument + maxBody : maxBody;
        if (request.getContentLengthLong() > limit) {
            if (upload) {
                ProblemResponse.write(
                        request,
                        response,
                        json,
                        HttpStatus.CONTENT_TOO_LARGE,
                        "document-too-large",
                        "A document has at most " + maxDocument + " bytes");
            } else {
                ProblemResponse.write(
                        request,
                        response,
                        json,
                        HttpStatus.CONTENT_TOO_LARGE,
                        "request-too-large",
                        "A request body has at most " + maxBody + " bytes");
            }
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedBody(request, limit) : request, response);
    }
}
