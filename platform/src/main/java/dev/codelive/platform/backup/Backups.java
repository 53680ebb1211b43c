package dev.codelive.platform.backup;

import dev.codelive.platform.config.ServerConfig.DatabaseSettings;
import dev.codelive.platform.db.Database;
import dev.codelive.platform.storage.Blob;
import dev.codelive.platform.storage.BlobInfo;
import dev.codelive.platform.storage.BlobKey;
import dev.codelive.platform.storage.BlobStore;
import dev.codelive.platform.storage.BlobStoreException;
import dev.codelive.platform.storage.BlobSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs up the database and every blob into one verified archive under {@code DATA_DIR/backups}, restores such an
 * archive into an empty target, and prunes old archives.
 *
 * <p>The database export is one consistent snapshot; blobs are copied after it, so a blob deleted while the backup
 * runs may be missing and one added may be extra. Take backups when writes are few (the daily one runs at night).
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern ARCHIVE_NAME = Pattern.compile("codelive-backup-(\\d{8}T\\d{6}Z)(-\\d+)?\\.zip");
    private static final String PARTIAL_PREFIX = ".codelive-backup-";
    /** A temporary file this old belongs to a backup that died; a younger one may still be written. */
    private static final Duration ABANDONED_AFTER = Duration.ofDays(1);

    private final Database database;
    private final DatabaseSettings databaseSettings;
    private final DatabaseDump dump;
    private final BlobStore blobs;
    private final Path directory;
    private final String appVersion;
    private final Clock clock;

    /**
     * @param directory where archives go ({@code DATA_DIR/backups})
     * @param appVersion recorded in each manifest
     */
    public Backups(Database database, DatabaseSettings databaseSettings, BlobStore blobs, Path directory, String appVersion, Clock clock) {
        this.database = database;
        this.databaseSettings = databaseSettings;
        this.dump = DatabaseDump.of(databaseSettings, database.jdbi());
        this.blobs = blobs;
        this.directory = directory.toAbsolutePath().normalize();
        this.appVersion = appVersion;
        this.clock = clock;
    }

    /**
     * What a backup wrote.
     *
     * @param archive the archive's path
     * @param bytes its size
     * @param blobs how many blobs it holds
     * @param schemaVersion the database schema version it was taken at
     */
    public record Created(Path archive, long bytes, int blobs, String schemaVersion) {}

    /**
     * What a restore put back.
     *
     * @param manifest the archive's manifest
     * @param blobs how many blobs were restored
     */
    public record Restored(BackupManifest manifest, int blobs) {}

    /** Writes a new archive; on any failure nothing with an archive's name is left behind. */
    public Created create() {
        Instant started = clock.instant();
        String schemaVersion = database.status().version();
        Path workDir = workDir();
        Path partial = directory.resolve(PARTIAL_PREFIX + UUID.randomUUID() + ".partial");
        try {
            Path dumpFile = workDir.resolve("database");
            dump.export(dumpFile);
            int blobCount = 0;
            try (ArchiveWriter writer = new ArchiveWriter(partial)) {
                try (InputStream in = Files.newInputStream(dumpFile)) {
                    writer.add(dump.entryName(), in, null);
                }
                Files.delete(dumpFile);
                for (BlobSummary summary : (Iterable<BlobSummary>) blobs.stream("")::iterator) {
                    Optional<Blob> blob = blobs.open(summary.key());
                    if (blob.isEmpty()) {
                        continue; // deleted since it was listed
                    }
                    try (Blob open = blob.get()) {
                        writer.add(BackupManifest.BLOB_PREFIX + summary.key().value(), open.content(), open.info().contentType());
                    }
                    blobCount++;
                }
                BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, appVersion, schemaVersion, started,
                        databaseSettings.url().vendor().folder(), databaseSettings.schema(), writer.entries());
                Path target = finish(writer, manifest, started);
                long bytes = Files.size(target);
                LOG.info("backup written to {} ({} bytes, {} blobs, schema version {})", target, bytes, blobCount, schemaVersion);
                return new Created(target, bytes, blobCount, schemaVersion);
            }
        } catch (IOException e) {
            throw new BackupException("backup failed writing to " + directory + ": " + e.getMessage(), e);
        } catch (BlobStoreException e) {
            throw new BackupException("backup failed reading blobs: " + e.getMessage(), e);
        } finally {
            deleteTree(workDir);
        }
    }

    /** The final name: the start time, and a counter in the unlikely case of two backups within one second. */
    private Path finish(ArchiveWriter writer, BackupManifest manifest, Instant started) throws IOException {
        String stamp = STAMP.format(started);
        Path target = directory.resolve("codelive-backup-" + stamp + ".zip");
        for (int attempt = 2; Files.exists(target); attempt++) {
            target = directory.resolve("codelive-backup-" + stamp + "-" + attempt + ".zip");
        }
        writer.finish(manifest, target);
        return target;
    }

    /**
     * Restores {@code archive} after verifying every checksum in it. The target (database schema and blob store) must be
     * empty, unless {@code force}, which first removes what is there.
     *
     * @throws BackupException when the archive is damaged or does not fit this target; nothing was changed then
     */
    public Restored restore(Path archive, boolean force) {
        try (ArchiveReader reader = ArchiveReader.openVerified(archive)) {
            BackupManifest manifest = reader.manifest();
            checkFits(archive, manifest);
            BackupManifest.Entry databaseEntry = manifest.files().stream()
                    .filter(entry -> entry.path().equals(dump.entryName()))
                    .findFirst()
                    .orElseThrow(() -> new BackupException(archive + " has no " + dump.entryName() + "; nothing was restored"));
            checkEmpty(force);

            Path workDir = workDir();
            try {
                Path dumpFile = workDir.resolve("database");
                try (InputStream in = reader.open(databaseEntry)) {
                    Files.copy(in, dumpFile);
                }
                dump.restore(dumpFile, workDir);
                int restored = 0;
                for (BackupManifest.Entry entry : manifest.files()) {
                    if (entry.path().startsWith(BackupManifest.BLOB_PREFIX)) {
                        BlobKey key = BlobKey.of(entry.path().substring(BackupManifest.BLOB_PREFIX.length()));
                        BlobInfo stored;
                        try (InputStream in = reader.open(entry)) {
                            stored = blobs.put(key, in, entry.size(), entry.contentType());
                        }
                        if (!stored.sha256().orElse("").equals(entry.sha256())) {
                            throw new BackupException("blob " + key + " changed while it was restored from " + archive);
                        }
                        restored++;
                    }
                }
                LOG.info("restored {} (taken {} by version {}, schema version {}): database and {} blobs",
                        archive, manifest.createdAt(), manifest.appVersion(), manifest.schemaVersion(), restored);
                return new Restored(manifest, restored);
            } catch (IOException e) {
                throw new BackupException("restore from " + archive + " failed: " + e.getMessage()
                        + "; the target is now partly restored, run the restore again with --force", e);
            } finally {
                deleteTree(workDir);
            }
        }
    }

    private void checkFits(Path archive, BackupManifest manifest) {
        String vendor = databaseSettings.url().vendor().folder();
        if (!manifest.databaseVendor().equals(vendor)) {
            throw new BackupException(archive + " holds a " + manifest.databaseVendor() + " database; this server uses " + vendor
                    + "; nothing was restored");
        }
        if (!manifest.databaseSchema().equals(databaseSettings.schema())) {
            throw new BackupException(archive + " was taken from schema '" + manifest.databaseSchema() + "'; set DATABASE_SCHEMA="
                    + manifest.databaseSchema() + " to restore it (now '" + databaseSettings.schema() + "'); nothing was restored");
        }
    }

    private void checkEmpty(boolean force) {
        int tables = dump.tableCount();
        boolean hasBlobs = !blobs.list("", "", 1).items().isEmpty();
        if (tables == 0 && !hasBlobs) {
            return;
        }
        if (!force) {
            List<String> found = new ArrayList<>();
            if (tables > 0) {
                found.add("the database holds " + tables + " tables");
            }
            if (hasBlobs) {
                found.add("blob storage (" + blobs.describe() + ") holds blobs");
            }
            throw new BackupException("the restore target is not empty: " + String.join(" and ", found)
                    + "; restore into an empty data directory and database, or pass --force to replace what is there");
        }
        LOG.warn("forced restore: removing {} tables and every blob in {}", tables, blobs.describe());
        dump.wipe();
        List<BlobKey> keys = blobs.stream("").map(BlobSummary::key).toList();
        keys.forEach(blobs::delete);
    }

    /**
     * Deletes archives taken more than {@code retentionDays} days ago (by the time in their name), and temporary files
     * of backups that died. Files that are not archives are never touched.
     *
     * @return the archives deleted
     */
    public List<Path> prune(int retentionDays) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        List<Path> deleted = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return deleted;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Matcher archive = ARCHIVE_NAME.matcher(name);
                if (archive.matches() && takenAt(archive.group(1)).map(taken -> taken.isBefore(cutoff)).orElse(false)) {
                    Files.deleteIfExists(file);
                    deleted.add(file);
                } else if (name.startsWith(PARTIAL_PREFIX) && Files.readAttributes(file, BasicFileAttributes.class)
                        .lastModifiedTime().toInstant().isBefore(clock.instant().minus(ABANDONED_AFTER))) {
                    deleteTree(file);
                }
            }
        } catch (IOException e) {
            throw new BackupException("cannot prune backups in " + directory + ": " + e.getMessage(), e);
        }
        deleted.sort(Comparator.naturalOrder());
        if (!deleted.isEmpty()) {
            LOG.info("deleted {} backups older than {} days from {}", deleted.size(), retentionDays, directory);
        }
        return deleted;
    }

    /** The archives present, oldest first. */
    public List<Path> archives() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> ARCHIVE_NAME.matcher(file.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new BackupException("cannot list backups in " + directory + ": " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return directory;
    }

    private static Optional<Instant> takenAt(String stamp) {
        try {
            return Optional.of(Instant.from(STAMP.parse(stamp)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Path workDir() {
        try {
            Files.createDirectories(directory);
            return Files.createDirectory(directory.resolve(PARTIAL_PREFIX + "work-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new BackupException("cannot write to the backup directory " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", path, e.getMessage());
        }
    }
}
