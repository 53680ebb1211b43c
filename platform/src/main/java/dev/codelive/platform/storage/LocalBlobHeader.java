package dev.codelive.platform.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The fixed-size header at the start of every local blob file, ahead of the content.
 *
 * <p>Keeping the metadata in the same file as the content makes the rename that publishes a blob the only commit:
 * there is no second file that a crash or a concurrent writer could leave out of step.
 *
 * @param size content length in bytes
 * @param sha256 hex SHA-256 of the content
 * @param contentType the media type given at put
 * @param created when the put committed
 */
record LocalBlobHeader(long size, String sha256, String contentType, Instant created) {
    /** Bytes before the content; room for the magic, a length and a few short text lines. */
    static final int BYTES = 512;
    private static final byte[] MAGIC = "CLBLOB01".getBytes(StandardCharsets.US_ASCII);

    void writeTo(FileChannel channel) throws IOException {
        byte[] text = ("size=" + size + "\nsha256=" + sha256 + "\ncontent-type=" + contentType + "\ncreated=" + created + "\n")
                .getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(BYTES);
        buffer.put(MAGIC).putShort((short) text.length).put(text).position(BYTES).flip();
        long position = 0;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
    }

    /**
     * Reads and checks the header of a blob file.
     *
     * @throws BlobStoreException when the file is not a well-formed blob file of a size that matches its header
     */
    static LocalBlobHeader readFrom(FileChannel channel, Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BYTES);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, buffer.position()) < 0) {
                break;
            }
        }
        if (buffer.hasRemaining()) {
            throw corrupt(file, "shorter than its header");
        }
        buffer.flip();
        byte[] magic = new byte[MAGIC.length];
        buffer.get(magic);
        int textLength = Short.toUnsignedInt(buffer.getShort());
        if (!Arrays.equals(magic, MAGIC) || textLength > buffer.remaining()) {
            throw corrupt(file, "not a blob file");
        }
        byte[] text = new byte[textLength];
        buffer.get(text);
        Map<String, String> fields = new HashMap<>();
        for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                fields.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        try {
            LocalBlobHeader header = new LocalBlobHeader(Long.parseLong(fields.get("size")), fields.get("sha256"),
                    fields.get("content-type"), Instant.parse(fields.get("created")));
            if (header.sha256() == null || header.contentType() == null) {
                throw corrupt(file, "header lacks a field");
            }
            if (channel.size() != BYTES + header.size()) {
                throw corrupt(file, "holds " + (channel.size() - BYTES) + " bytes of content, its header says " + header.size());
            }
            return header;
        } catch (NumberFormatException | NullPointerException | DateTimeParseException e) {
            throw corrupt(file, "unreadable header");
        }
    }

    private static BlobStoreException corrupt(Path file, String problem) {
        return new BlobStoreException("corrupt blob file " + file + ": " + problem);
    }
}
