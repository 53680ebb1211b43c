package dev.codelive.audio.synth;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.score.Part;
import dev.codelive.audio.score.Score;
import dev.codelive.audio.synth.voice.StereoBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sound.midi.Instrument;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Patch;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Soundbank;
import javax.sound.midi.Synthesizer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * General MIDI playback from an SF2 soundfont with the JDK's Gervill, offline. Each part plays on a synthesizer of
 * its own (drums on channel 10, other parts with their instrument's program), which gives its stem; stems then go
 * through the same mixing desk as the built-in synthesizer (gain, pan, reverb send, bus compression). Gervill's own
 * reverb, chorus and limiter are off, so the result is the soundfont's samples and our mix, deterministic. The
 * soundfont is read once, on first use. Needs the JVM flag named in {@link Gervill}.
 */
public final class SoundFontRenderer implements ScoreRenderer {
    private static final int BYTES_PER_FRAME = 8;
    private static final Map<String, Object> GERVILL_SETTINGS = Map.of(
            "interpolation", "cubic",
            "max polyphony", 256,
            "reverb", false,
            "chorus", false,
            "auto gain control", false,
            "large mode", false,
            "load default soundbank", false,
            "jitter correction", false);

    private final Path soundFont;
    private final PartParallelism parallelism;
    private Soundbank soundbank;

    public SoundFontRenderer(Path soundFont) {
        this(soundFont, 2);
    }

    /** Renders up to {@code threads} parts at a time (1 to 64). */
    public SoundFontRenderer(Path soundFont, int threads) {
        if (!Files.isRegularFile(soundFont) || !Files.isReadable(soundFont)) {
            throw new IllegalArgumentException("soundfont " + soundFont + " is not a readable file");
        }
        this.soundFont = soundFont;
        this.parallelism = new PartParallelism(threads);
    }

    @Override
    public RenderedScore render(Score score, int sampleRate) {
        RenderTiming.checkSampleRate(sampleRate);
        Gervill.requireAccess();
        Soundbank bank = soundbank();
        int frames = RenderTiming.totalFrames(score, sampleRate);
        MixBus bus = new MixBus(sampleRate);
        List<Part> parts = score.parts();
        List<PcmAudio> stems = parallelism.map(parts,
                part -> bus.stem(part, play(part, score, sampleRate, frames, bank)));
        return bus.mix(parts, stems, frames);
    }

    @Override
    public String describe() {
        return "soundfont " + soundFont.getFileName();
    }

    private synchronized Soundbank soundbank() {
        if (soundbank == null) {
            try {
                soundbank = MidiSystem.getSoundbank(soundFont.toFile());
            } catch (InvalidMidiDataException | IOException e) {
                throw new IllegalStateException("cannot read soundfont " + soundFont + ": " + e.getMessage(), e);
            }
        }
        return soundbank;
    }

    private StereoBuffer play(Part part, Score score, int sampleRate, int frames, Soundbank bank) {
        boolean drums = part.instrument().isDrums();
        int channel = drums ? MidiExport.DRUM_CHANNEL : 0;
        Patch patch = drums ? Gervill.percussionPatch(0) : new Patch(0, part.instrument().gmProgram());
        Instrument instrument = bank.getInstrument(patch);
        if (instrument == null) {
            throw new IllegalStateException("soundfont " + soundFont.getFileName() + " has no "
                    + (drums ? "drum kit" : "program " + part.instrument().gmProgram()) + " for part " + part.name());
        }
        AudioFormat format = new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, sampleRate, 32, 2, BYTES_PER_FRAME,
                sampleRate, false);
        Synthesizer synthesizer = Gervill.newSynthesizer();
        try (AudioInputStream stream = Gervill.openStream(synthesizer, format, GERVILL_SETTINGS)) {
            // Loading reads the soundfont's samples into memory, shared by every synthesizer: once, one at a time.
            synchronized (bank) {
                if (!synthesizer.loadInstrument(instrument)) {
                    throw new IllegalStateException("Gervill could not load " + instrument.getName());
                }
            }
            Receiver receiver = synthesizer.getReceiver();
            if (!drums) {
                receiver.send(new ShortMessage(ShortMessage.PROGRAM_CHANGE, channel, part.instrument().gmProgram(), 0), -1);
            }
            for (MidiExport.TimedMessage timed : MidiExport.noteMessages(MidiNote.of(part, score), channel,
                    beat -> Math.round(score.secondsAt(beat) * 1_000_000))) {
                receiver.send(timed.message(), timed.time());
            }
            return read(stream, frames);
        } catch (MidiUnavailableException | InvalidMidiDataException | IOException e) {
            throw new IllegalStateException("soundfont rendering of part " + part.name() + " failed: " + e.getMessage(), e);
        }
    }

    private static StereoBuffer read(InputStream stream, int frames) throws IOException {
        StereoBuffer buffer = StereoBuffer.silence(frames);
        byte[] bytes = new byte[4096 * BYTES_PER_FRAME];
        int frame = 0;
        while (frame < frames) {
            int wanted = Math.min(bytes.length, (frames - frame) * BYTES_PER_FRAME);
            int read = stream.readNBytes(bytes, 0, wanted);
            if (read < wanted) {
                throw new IOException("Gervill's stream ended early");
            }
            ByteBuffer samples = ByteBuffer.wrap(bytes, 0, read).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < read / BYTES_PER_FRAME; i++) {
                buffer.left()[frame] = samples.getFloat();
                buffer.right()[frame] = samples.getFloat();
                frame++;
            }
        }
        return buffer;
    }
}
