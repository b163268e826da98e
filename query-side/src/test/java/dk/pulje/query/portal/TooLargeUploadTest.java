package dk.pulje.query.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

class TooLargeUploadTest {

    private static final String DRAFT = "0f8c2a9e-3b1d-4c55-9e0a-6d2f1b7c8a90";

    private final List<String> leftToTheForbiddenPage = new ArrayList<>();
    private final AccessDeniedHandler forbidden =
            (request, response, denied) -> leftToTheForbiddenPage.add(request.getRequestURI());
    private final TooLargeUpload handler = new TooLargeUpload(1000, forbidden);

    @Test
    void an_upload_too_large_to_read_is_sent_back_to_its_draft_page_with_the_refusal() throws Exception {
        MockHttpServletResponse response = handle(upload("/portal/drafts/" + DRAFT + "/attachments", 5000));

        assertThat(response.getRedirectedUrl())
                .isEqualTo("/portal/drafts/" + DRAFT + "?refused=document-too-large#attachments");
        assertThat(leftToTheForbiddenPage).isEmpty();
    }

    @Test
    void a_report_too_large_to_read_is_sent_back_to_its_grant_page_at_the_report() throws Exception {
        MockHttpServletResponse response =
                handle(upload("/portal/grants/aarhus-2017/reports/status-2018/submission", 5000));

        assertThat(response.getRedirectedUrl())
                .isEqualTo("/portal/grants/aarhus-2017?refused=document-too-large#report-status-2018");
    }

    @Test
    void an_upload_the_server_read_whole_without_a_token_is_refused_as_any_request() throws Exception {
        MockHttpServletResponse response = handle(upload("/portal/drafts/" + DRAFT + "/attachments", 999));

        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(leftToTheForbiddenPage).containsExactly("/portal/drafts/" + DRAFT + "/attachments");
    }

    @Test
    void a_large_body_to_any_other_address_is_refused_as_any_request() throws Exception {
        MockHttpServletResponse response = handle(upload("/portal/drafts/" + DRAFT, 5000));

        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(leftToTheForbiddenPage).hasSize(1);
    }

    @Test
    void a_refusal_other_than_the_token_is_not_taken_for_a_large_upload() throws Exception {
        MockHttpServletRequest request = upload("/portal/drafts/" + DRAFT + "/attachments", 5000);
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler.handle(request, response, new AccessDeniedException("not an applicant"));

        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(leftToTheForbiddenPage).hasSize(1);
    }

    private MockHttpServletResponse handle(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.handle(request, response, new MissingCsrfTokenException(null));
        return response;
    }

    private static MockHttpServletRequest upload(String path, int length) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[length]);
        return request;
    }
}
