package dev.codelive.audio.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/** Finds a file's format from its first bytes, never from its name. */
final class FormatSniffer {

    /** Where the recognised stream starts: after an ID3v2 tag, or at the first MPEG frame. */
    record Found(ContainerFormat format, long offset) {}

    /** How far past its start (or its ID3 tag) an MP3 stream's first frame may be. */
    private static final int MPEG_SYNC_WINDOW = 4096;

    private FormatSniffer() {}

    static Found detect(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            throw new AudioFormatException("the file is empty");
        }
        ByteBuffer head = readAt(channel, 0, 64);
        String magic = ascii(head, 0, 4);
        switch (magic) {
            case "RIFF", "RF64" -> {
                if (!ascii(head, 8, 4).equals("WAVE")) {
                    throw new AudioFormatException("a RIFF file that is not WAVE (form type " + fourCc(head, 8) + ")");
                }
                return new Found(ContainerFormat.WAV, 0);
            }
            case "RIFX" -> throw new AudioFormatException("big-endian WAV (RIFX) is not supported");
            case "fLaC" -> {
                return new Found(ContainerFormat.FLAC, 0);
            }
            case "OggS" -> {
                return new Found(oggCodec(head), 0);
            }
            case "FORM" -> throw new AudioFormatException("AIFF is not supported; use WAV, FLAC, MP3 or Ogg Vorbis");
            default -> {}
        }
        long start = 0;
        if (ascii(head, 0, 3).equals("ID3")) {
            start = id3TagLength(head);
            if (ascii(readAt(channel, start, 4), 0, 4).equals("fLaC")) {
                return new Found(ContainerFormat.FLAC, start);
            }
        }
        Optional<Long> mpeg = firstMpegFrame(channel, start, size);
        if (mpeg.isPresent()) {
            return new Found(ContainerFormat.MP3, mpeg.get());
        }
        throw new AudioFormatException("not a WAV, FLAC, MP3 or Ogg Vorbis file (it starts with 0x"
                + HexFormat.of().formatHex(head.array(), 0, Math.min(4, head.limit())) + ")");
    }

    private static ContainerFormat oggCodec(ByteBuffer head) {
        if (head.limit() < 28) {
            throw new AudioFormatException("truncated Ogg file: no complete first page");
        }
        int segments = head.get(26) & 0xFF;
        int packet = 27 + segments;
        if (head.limit() < packet + 8) {
            throw new AudioFormatException("truncated Ogg file: no codec header in the first page");
        }
        if (head.get(packet) == 1 && ascii(head, packet + 1, 6).equals("vorbis")) {
            return ContainerFormat.OGG_VORBIS;
        }
        String codec = ascii(head, packet, 8).startsWith("OpusHead") ? "Opus"
                : ascii(head, packet + 1, 4).equals("FLAC") ? "FLAC" : "an unknown codec";
        throw new AudioFormatException("Ogg file holds " + codec + "; only Ogg Vorbis is supported");
    }

    /** Bytes taken by the ID3v2 tag at the start of the file, header and footer included. */
    private static long id3TagLength(ByteBuffer head) {
        if (head.limit() < 10) {
            throw new AudioFormatException("truncated ID3 tag");
        }
        long size = 0;
        for (int i = 6; i < 10; i++) {
            int b = head.get(i) & 0xFF;
            if (b > 0x7F) {
                throw new AudioFormatException("damaged ID3 tag: its size is not a synchsafe integer");
            }
            size = (size << 7) | b;
        }
        boolean footer = (head.get(5) & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }

    /** The offset of the first MPEG frame followed by a second one of the same stream (or by the end of the file). */
    private static Optional<Long> firstMpegFrame(FileChannel channel, long start, long size) throws IOException {
        ByteBuffer window = readAt(channel, start, MPEG_SYNC_WINDOW + 4);
        for (int i = 0; i + 4 <= window.limit(); i++) {
            if ((window.get(i) & 0xFF) != 0xFF) {
                continue;
            }
            Optional<MpegFrameHeader> frame = MpegFrameHeader.parse(window.getInt(i));
            if (frame.isEmpty()) {
                continue;
            }
            long next = start + i + frame.get().frameLength();
            if (next == size) {
                return Optional.of(start + i);
            }
            ByteBuffer following = readAt(channel, next, 4);
            if (following.limit() == 4) {
                Optional<MpegFrameHeader> second = MpegFrameHeader.parse(following.getInt(0));
                if (second.isPresent() && second.get().sameStreamAs(frame.get())) {
                    return Optional.of(start + i);
                }
            }
        }
        return Optional.empty();
    }

    /** Up to {@code length} bytes from {@code offset}, fewer at the end of the file; big-endian. */
    static ByteBuffer readAt(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.BIG_ENDIAN);
        if (offset < 0 || offset >= channel.size()) {
            return buffer.limit(0);
        }
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, offset + buffer.position());
            if (read < 0) {
                break;
            }
        }
        return buffer.flip();
    }

    /** A four-character code as text when it is printable ASCII, else as hex: never raw bytes in a message. */
    static String fourCc(ByteBuffer buffer, int offset) {
        if (offset + 4 > buffer.limit()) {
            return "missing";
        }
        byte[] code = new byte[4];
        buffer.get(offset, code);
        for (byte b : code) {
            if (b < 0x20 || b > 0x7E) {
                return "0x" + HexFormat.of().formatHex(code);
            }
        }
        return "'" + new String(code, StandardCharsets.US_ASCII) + "'";
    }

    private static String ascii(ByteBuffer buffer, int offset, int length) {
        if (offset + length > buffer.limit()) {
            return "";
        }
        return new String(buffer.array(), offset, length, StandardCharsets.ISO_8859_1);
    }
}
