package dk.pulje.spring.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where both apps keep documents.
 *
 * @param store     {@code files} (the default: a directory) or {@code s3} (an S3-compatible store such as MinIO)
 * @param directory the files store's directory; by default {@code documents} in the app's data directory
 * @param s3        the S3-compatible store, when {@code store} is {@code s3}
 * @param maxBytes  the largest document an applicant may upload (an attachment)
 */
@Validated
@ConfigurationProperties("pulje.documents")
public record DocumentSettings(
        @DefaultValue("files") @NotNull Store store,
        @DefaultValue(".pulje/documents") @NotNull Path directory,
        @DefaultValue S3 s3,
        @DefaultValue("25MB") @NotNull DataSize maxBytes) {

    public enum Store {
        FILES,
        S3
    }

    /**
     * @param endpoint  the store's address (MinIO: {@code http://minio:9000}); none for Amazon S3 itself
     * @param region    the region the client signs for (MinIO accepts any)
     * @param bucket    the bucket documents go into; made at start when it does not exist
     * @param accessKey the access key
     * @param secretKey the secret key; keep it out of the configuration files
     */
    public record S3(
            URI endpoint,
            @DefaultValue("eu-north-1") @NotBlank String region,
            @DefaultValue("pulje-documents") @NotBlank String bucket,
            @DefaultValue("") String accessKey,
            @DefaultValue("") String secretKey) {}
}
