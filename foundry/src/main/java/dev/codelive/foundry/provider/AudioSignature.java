package dev.codelive.foundry.provider;

import java.util.Optional;

/** Recognises the audio formats the audio module decodes by their first bytes, whatever a server's Content-Type says. */
final class AudioSignature {
    /** Bytes needed to tell the formats apart. */
    static final int PREFIX_BYTES = 12;

    private AudioSignature() {}

    /** The file extension for {@code prefix} ({@code wav}, {@code flac}, {@code mp3}, {@code ogg}), or empty when it is none of them. */
    static Optional<String> extension(byte[] prefix, int length) {
        if (length >= 12 && ascii(prefix, 0, "RIFF") && ascii(prefix, 8, "WAVE")) {
            return Optional.of("wav");
        }
        if (length >= 4 && ascii(prefix, 0, "fLaC")) {
            return Optional.of("flac");
        }
        if (length >= 4 && ascii(prefix, 0, "OggS")) {
            return Optional.of("ogg");
        }
        if (length >= 3 && ascii(prefix, 0, "ID3")) {
            return Optional.of("mp3");
        }
        // An MPEG audio frame: 11 sync bits, a layer that is not "reserved" (00), and a bitrate index that is not "bad" (1111).
        if (length >= 3 && (prefix[0] & 0xFF) == 0xFF && (prefix[1] & 0xE0) == 0xE0 && (prefix[1] & 0x06) != 0
                && (prefix[2] & 0xF0) != 0xF0) {
            return Optional.of("mp3");
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] bytes, int offset, String expected) {
        for (int i = 0; i < expected.length(); i++) {
            if (bytes[offset + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
