package dk.pulje.query.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.Part;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TooLargeUploadTest {

    private static final String DRAFT = "0f8c2a9e-3b1d-4c55-9e0a-6d2f1b7c8a90";

    private final TooLargeUpload filter = new TooLargeUpload(1000);
    private final MockFilterChain chain = new MockFilterChain();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void an_upload_too_large_to_read_is_sent_back_to_its_draft_page_with_the_refusal() throws Exception {
        filter.doFilter(upload("/portal/drafts/" + DRAFT + "/attachments", 5000, false), response, chain);

        assertThat(response.getRedirectedUrl())
                .isEqualTo("/portal/drafts/" + DRAFT + "?refused=document-too-large#attachments");
        assertThat(chain.getRequest()).as("not passed on to the CSRF check").isNull();
    }

    @Test
    void a_report_too_large_to_read_is_sent_back_to_its_grant_page_at_the_report() throws Exception {
        filter.doFilter(
                upload("/portal/grants/aarhus-2017/reports/status-2018/submission", 5000, false), response, chain);

        assertThat(response.getRedirectedUrl())
                .isEqualTo("/portal/grants/aarhus-2017?refused=document-too-large#report-status-2018");
    }

    @Test
    void an_upload_the_server_reads_goes_on_to_the_csrf_check() throws Exception {
        filter.doFilter(upload("/portal/drafts/" + DRAFT + "/attachments", 5000, true), response, chain);

        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void a_body_within_the_limits_that_cannot_be_read_is_not_taken_for_a_large_one() {
        assertThatThrownBy(() -> filter.doFilter(
                        upload("/portal/drafts/" + DRAFT + "/attachments", 999, false), response, chain))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_large_body_to_any_other_address_is_left_alone() throws Exception {
        filter.doFilter(upload("/portal/drafts/" + DRAFT, 5000, false), response, chain);

        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(chain.getRequest()).isNotNull();
    }

    /** A multipart POST whose parts the server reads, or fails to read as over its limits. */
    private static MockHttpServletRequest upload(String path, int length, boolean readable) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public Collection<Part> getParts() {
                if (!readable) {
                    throw new IllegalStateException("the request was rejected because its size exceeds the maximum");
                }
                return List.of();
            }
        };
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[length]);
        return request;
    }
}
