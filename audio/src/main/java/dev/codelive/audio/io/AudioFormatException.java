package dev.codelive.audio.io;

/**
 * The bytes are not audio we can read or write: an unknown or unsupported format, a damaged or truncated file, or a
 * file beyond the configured limits. The message says which, in words fit for an API error's detail.
 */
public class AudioFormatException extends RuntimeException {

    public AudioFormatException(String message) {
        super(message);
    }

    public AudioFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
