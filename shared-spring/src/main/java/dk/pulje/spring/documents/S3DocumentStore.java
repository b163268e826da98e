package dk.pulje.spring.documents;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Documents as objects in one bucket of an S3-compatible store (MinIO in docker compose), keyed by id, with their
 * media type as the object's content type. The hash is checked on every read here too: the store's own checksums
 * guard the transfer, not what was recorded.
 */
public class S3DocumentStore implements DocumentStore {

    private final S3Client s3;
    private final String bucket;

    public S3DocumentStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public StoredDocument put(byte[] content, String mediaType) {
        String id = DocumentHashes.newId();
        s3.putObject(
                PutObjectRequest.builder()
                        .bucket(bucket)
                        .key(id)
                        .contentType(mediaType)
                        .build(),
                RequestBody.fromBytes(content));
        return new StoredDocument(id, DocumentHashes.sha256(content), mediaType, content.length);
    }

    @Override
    public Document get(String id, String sha256) {
        String checked = DocumentHashes.checkedId(id);
        try {
            var object = s3.getObjectAsBytes(
                    GetObjectRequest.builder().bucket(bucket).key(checked).build());
            return DocumentHashes.verified(checked, sha256, object.response().contentType(), object.asByteArray());
        } catch (NoSuchKeyException e) {
            throw new UnknownDocument("No document " + id);
        }
    }

    /** S3 answers a deletion of a key it does not hold as done. */
    @Override
    public void delete(String id) {
        String checked = DocumentHashes.checkedId(id);
        s3.deleteObject(
                DeleteObjectRequest.builder().bucket(bucket).key(checked).build());
    }
}
