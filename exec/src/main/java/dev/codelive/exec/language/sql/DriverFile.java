package dev.codelive.exec.language.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file the driver needs in the sandbox: a classpath resource, to be extracted to the host and bound read-only at
 * {@code path}.
 */
public record DriverFile(String resource, String path) {

    /** The resource's bytes. */
    public byte[] content() {
        try (InputStream in = DriverFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}
