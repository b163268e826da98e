package dk.pulje.spring.documents;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Each app's one {@link DocumentStore}: files unless {@code pulje.documents.store=s3}. Both apps use the same
 * store, so a letter one of them stores the other can hand out.
 */
@AutoConfiguration(before = MultipartAutoConfiguration.class)
@EnableConfigurationProperties(DocumentSettings.class)
public class DocumentStores {

    /**
     * Uploads (multipart requests) read up to twice a document's size ({@code pulje.documents.max-bytes}): the
     * controllers refuse a document over its size with their own answer (nothing stored), which an upload cut off while
     * it is read could not give; parts are kept in memory up to 1 MB.
     */
    @Bean
    @ConditionalOnMissingBean(MultipartConfigElement.class)
    MultipartConfigElement uploadLimits(DocumentSettings settings) {
        long readable = 2 * settings.maxBytes().toBytes();
        return new MultipartConfigElement("", readable, readable + 1024 * 1024, 1024 * 1024);
    }

    @Bean
    @ConditionalOnMissingBean(DocumentStore.class)
    @ConditionalOnProperty(name = "pulje.documents.store", havingValue = "files", matchIfMissing = true)
    DocumentStore fileDocumentStore(DocumentSettings settings) {
        return new FileDocumentStore(settings.directory());
    }

    @Bean
    @ConditionalOnMissingBean(DocumentStore.class)
    @ConditionalOnProperty(name = "pulje.documents.store", havingValue = "s3")
    DocumentStore s3DocumentStore(DocumentSettings settings) {
        DocumentSettings.S3 s3 = settings.s3();
        var client = S3Client.builder()
                .region(Region.of(s3.region()))
                .httpClient(UrlConnectionHttpClient.create())
                .forcePathStyle(true)
                // Checksums only where S3 asks for them: MinIO and other S3-compatible stores do not all take the
                // SDK's newer default ones, and every read is checked against the recorded SHA-256 anyway.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        if (s3.endpoint() != null) {
            client.endpointOverride(s3.endpoint());
        }
        S3Client built = client.build();
        try {
            built.headBucket(bucket -> bucket.bucket(s3.bucket()));
        } catch (NoSuchBucketException e) {
            built.createBucket(bucket -> bucket.bucket(s3.bucket()));
        }
        return new S3DocumentStore(built, s3.bucket());
    }
}
