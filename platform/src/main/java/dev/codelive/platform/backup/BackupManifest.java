package dev.codelive.platform.backup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an archive holds, stored in it as {@code manifest.json}: enough to check every byte before restoring anything.
 *
 * @param format the archive layout version; only {@value #FORMAT} is understood
 * @param appVersion the Code Live version that wrote it
 * @param schemaVersion the database schema (Flyway) version it was taken at
 * @param createdAt when the backup started
 * @param databaseVendor {@code h2} or {@code postgresql}
 * @param databaseSchema the schema that held the tables
 * @param files every other entry of the archive, with its size and SHA-256
 */
public record BackupManifest(int format, String appVersion, String schemaVersion, Instant createdAt, String databaseVendor,
        String databaseSchema, List<Entry> files) {
    public static final int FORMAT = 1;
    static final String FILE_NAME = "manifest.json";
    static final String BLOB_PREFIX = "blobs/";
    static final String DATABASE_PREFIX = "database/";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public BackupManifest {
        files = List.copyOf(files);
    }

    /**
     * One archive entry.
     *
     * @param path its name in the archive: {@code database/…} or {@code blobs/<key>}
     * @param size bytes
     * @param sha256 lower-case hex SHA-256 of the bytes
     * @param contentType for a blob, its media type
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String path, long size, String sha256, String contentType) {}

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JacksonException e) {
            throw new IllegalStateException("a manifest always serialises", e);
        }
    }

    static BackupManifest parse(byte[] json, String archive) {
        BackupManifest manifest;
        try {
            manifest = JSON.readValue(json, BackupManifest.class);
        } catch (IOException e) {
            String detail = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
            throw new BackupException(archive + " is not a Code Live backup: its manifest is unreadable (" + detail + ")", e);
        }
        if (manifest.format() != FORMAT) {
            throw new BackupException(archive + " has archive format " + manifest.format() + "; this version reads format " + FORMAT);
        }
        if (Objects.isNull(manifest.databaseVendor()) || Objects.isNull(manifest.createdAt()) || manifest.files().stream()
                .anyMatch(file -> file.path() == null || file.sha256() == null || !file.sha256().matches("[0-9a-f]{64}") || file.size() < 0)) {
            throw new BackupException(archive + " is not a Code Live backup: its manifest is incomplete");
        }
        return manifest;
    }
}
