package dev.codelive.platform.storage;

/**
 * A store could not do what was asked: storage full or unwritable, S3 unreachable or refusing, the content stream
 * failing, or a declared length that does not match. The message says which blob and why, never a credential.
 */
public final class BlobStoreException extends RuntimeException {
    public BlobStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public BlobStoreException(String message) {
        super(message);
    }
}
