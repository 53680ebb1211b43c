package dev.codelive.audio.io;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jogg.SyncState;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;

/**
 * Decodes the first logical stream of an Ogg Vorbis file page by page with JOrbis, in full float precision, and ends
 * it at the stream's last granule position. (vorbisspi, on top of the same decoder, drops the last page and
 * quantises to 16 bits.)
 */
final class OggVorbisSource implements AudioSource {
    private static final int READ_BYTES = 8192;

    private final InputStream input;
    private final SyncState sync = new SyncState();
    private final StreamState stream = new StreamState();
    private final Page page = new Page();
    private final Packet packet = new Packet();
    private final Info vorbis = new Info();
    private final DspState dsp = new DspState();
    private final Block block = new Block(dsp);
    private final float[][][] pcm = new float[1][][];
    private final int[] pcmIndex;
    private final AudioInfo info;
    private final FrameBudget budget;
    private final long framesToDeliver;
    private int serial;
    private long delivered;
    private boolean streamEnded;

    OggVorbisSource(FileChannel channel, long offset, long knownFrames, DecodeLimits limits) throws IOException {
        this.input = new BufferedInputStream(Channels.newInputStream(channel.position(offset)), 1 << 16);
        sync.init();
        vorbis.init();
        try {
            readHeaders();
        } catch (RuntimeException e) {
            throw damaged(e);
        }
        this.info = new AudioInfo(ContainerFormat.OGG_VORBIS, vorbis.rate, vorbis.channels, knownFrames, -1);
        limits.check(info);
        dsp.synthesis_init(vorbis);
        block.init(dsp);
        this.pcmIndex = new int[vorbis.channels];
        this.budget = new FrameBudget(limits, info);
        this.framesToDeliver = knownFrames >= 0 ? knownFrames : Long.MAX_VALUE;
    }

    /** The three Vorbis header packets: identification, comment, codebooks. */
    private void readHeaders() throws IOException {
        if (!nextPage()) {
            throw new AudioFormatException("truncated Ogg Vorbis: no first page");
        }
        serial = page.serialno();
        stream.init(serial);
        Comment comment = new Comment();
        comment.init();
        int headers = 0;
        boolean pageHasPackets = stream.pagein(page) == 0;
        while (headers < 3) {
            int result = pageHasPackets ? stream.packetout(packet) : 0;
            if (result == 1) {
                if (vorbis.synthesis_headerin(comment, packet) < 0) {
                    throw new AudioFormatException("damaged Ogg Vorbis: header packet " + (headers + 1) + " is invalid");
                }
                headers++;
            } else if (result < 0) {
                throw new AudioFormatException("damaged Ogg Vorbis: a header packet is missing");
            } else {
                if (!nextPage()) {
                    throw new AudioFormatException("truncated Ogg Vorbis: the file ends inside its headers");
                }
                pageHasPackets = stream.pagein(page) == 0;
            }
        }
    }

    @Override
    public AudioInfo info() {
        return info;
    }

    @Override
    public int read(float[][] target) {
        int room = BlockShape.frames(target, info.channels());
        try {
            while (delivered < framesToDeliver) {
                int available = dsp.synthesis_pcmout(pcm, pcmIndex);
                if (available > 0) {
                    int frames = (int) Math.min(Math.min(available, room), framesToDeliver - delivered);
                    for (int c = 0; c < target.length; c++) {
                        System.arraycopy(pcm[0][c], pcmIndex[c], target[c], 0, frames);
                    }
                    dsp.synthesis_read(frames);
                    budget.spend(frames);
                    delivered += frames;
                    return frames;
                }
                if (!decodeNextPacket()) {
                    return -1;
                }
            }
            return -1;
        } catch (AudioFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw damaged(e);
        }
    }

    /** Feeds one more audio packet to the synthesiser; false at the end of the stream. */
    private boolean decodeNextPacket() throws IOException {
        while (true) {
            int result = stream.packetout(packet);
            if (result == 1) {
                if (block.synthesis(packet) == 0) {
                    dsp.synthesis_blockin(block);
                }
                return true;
            }
            if (result < 0) {
                throw new AudioFormatException("damaged Ogg Vorbis: packets are missing after frame " + delivered);
            }
            if (streamEnded || !nextPage()) {
                return false;
            }
            if (page.serialno() == serial) {
                stream.pagein(page);
                streamEnded = page.eos() != 0;
            }
        }
    }

    /** The next complete page from the file into {@link #page}; false at the end of the file. */
    private boolean nextPage() throws IOException {
        while (true) {
            int result = sync.pageout(page);
            if (result == 1) {
                return true;
            }
            if (result < 0) {
                throw new AudioFormatException("damaged Ogg Vorbis: a page fails its checksum after frame " + delivered);
            }
            int at = sync.buffer(READ_BYTES);
            int read = input.read(sync.data, at, READ_BYTES);
            if (read <= 0) {
                return false;
            }
            sync.wrote(read);
        }
    }

    private AudioFormatException damaged(RuntimeException e) {
        return e instanceof AudioFormatException afe ? afe : new AudioFormatException("damaged Ogg Vorbis: " + e, e);
    }

    @Override
    public void close() {
        try {
            input.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
