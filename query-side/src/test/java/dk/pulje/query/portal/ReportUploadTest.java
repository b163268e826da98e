package dk.pulje.query.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class ReportUploadTest {

    @Test
    void the_form_carries_each_upload_once_with_its_name() {
        MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
        posted.add("document", "doc-1");
        posted.add("documentName", "budget.pdf");
        posted.add("document", "doc-2");
        posted.add("documentName", "");
        posted.add("document", "doc-1");
        posted.add("documentName", "again.pdf");

        assertThat(ReportUpload.carried(posted))
                .containsExactly(new ReportUpload("doc-1", "budget.pdf"), new ReportUpload("doc-2", "doc-2"));
    }

    @Test
    void a_field_that_is_no_document_id_is_left_out() {
        MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
        posted.add("document", "../../etc/passwd");
        posted.add("document", " ");

        assertThat(ReportUpload.carried(posted)).isEmpty();
    }
}
