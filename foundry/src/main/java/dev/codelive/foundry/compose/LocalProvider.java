package dev.codelive.foundry.compose;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.io.WavWriter;
import dev.codelive.audio.master.Mastering;
import dev.codelive.audio.master.MasteringTarget;
import dev.codelive.audio.score.Score;
import dev.codelive.audio.synth.BuiltInRenderer;
import dev.codelive.audio.synth.RenderedScore;
import dev.codelive.audio.synth.ScoreRenderer;
import dev.codelive.audio.synth.SoundFontRenderer;
import dev.codelive.audio.synth.SoundFonts;
import dev.codelive.foundry.provider.GeneratedMusic;
import dev.codelive.foundry.provider.GenerationContext;
import dev.codelive.foundry.provider.MusicProvider;
import dev.codelive.foundry.provider.MusicRequest;
import dev.codelive.foundry.provider.ProviderException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The local composer as a provider: reads the prompt, composes, renders (a General MIDI soundfont when one is found,
 * else the built-in synthesizer), masters to streaming loudness, and writes {@code track.wav} and
 * {@code stems/<name>.wav} (16-bit, seeded dither) into the work directory. Needs no network; always available.
 */
public final class LocalProvider implements MusicProvider {
    public static final String NAME = "local";
    private static final int BITS_PER_SAMPLE = 16;
    /** Stems louder than full scale would clip in 16 bits: all of them come down together to this peak. */
    private static final double STEM_PEAK = 0.89;

    private final ScoreRenderer renderer;
    private final int sampleRate;
    private final PromptReader reader;
    private final Composer composer;
    private final Mastering mastering;
    private final MasteringTarget target;
    private final WavWriter wavWriter;

    public LocalProvider(ScoreRenderer renderer, int sampleRate, PromptReader reader, Composer composer,
            Mastering mastering, MasteringTarget target, WavWriter wavWriter) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        if (sampleRate < 8000 || sampleRate > 192_000) {
            throw new IllegalArgumentException("sample rate must be from 8000 to 192000 Hz, got " + sampleRate);
        }
        this.sampleRate = sampleRate;
        this.reader = Objects.requireNonNull(reader, "reader");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.mastering = Objects.requireNonNull(mastering, "mastering");
        this.target = Objects.requireNonNull(target, "target");
        this.wavWriter = Objects.requireNonNull(wavWriter, "wavWriter");
    }

    /** The standard pipeline with the given renderer. */
    public LocalProvider(ScoreRenderer renderer, int sampleRate) {
        this(renderer, sampleRate, new PromptReader(), new Composer(), new Mastering(), MasteringTarget.STREAMING,
                new WavWriter());
    }

    /** The standard pipeline, rendering with the soundfont the environment points to, else the built-in synth. */
    public LocalProvider(Map<String, String> environment, int sampleRate) {
        this(rendererFor(environment), sampleRate);
    }

    /**
     * The soundfont renderer when {@link SoundFonts#locate} finds a soundfont, else the built-in synthesizer
     * ({@code SOUNDFONT=none} asks for it).
     *
     * @throws IllegalArgumentException when {@code SOUNDFONT} names a file that cannot be read
     */
    public static ScoreRenderer rendererFor(Map<String, String> environment) {
        return SoundFonts.locate(environment).<ScoreRenderer>map(SoundFontRenderer::new).orElseGet(BuiltInRenderer::new);
    }

    public ScoreRenderer renderer() {
        return renderer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public GeneratedMusic generate(MusicRequest request, GenerationContext context) throws ProviderException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(context, "context");
        context.progress(0, "reading the prompt");
        MusicBrief brief;
        try {
            brief = reader.read(request);
        } catch (IllegalArgumentException e) {
            throw ProviderException.fail(NAME, "cannot compose this request: " + e.getMessage(), 0);
        }
        context.progress(0.02, "composing");
        Composition composition = composer.arrange(brief, request.seed());
        context.checkpoint();
        context.progress(0.1, "rendering (" + renderer.describe() + ")");
        RenderedScore rendered = renderer.render(composition.score(), sampleRate);
        context.checkpoint();
        context.progress(0.6, "mastering");
        PcmAudio master = mastering.master(rendered.mix(), target);
        context.checkpoint();
        context.progress(0.85, "writing the audio");
        try {
            Path directory = Files.createDirectories(context.workDirectory());
            Path track = directory.resolve("track.wav");
            wavWriter.write(master, track, BITS_PER_SAMPLE);
            Map<String, Path> stems = writeStems(rendered.stems(), Files.createDirectories(directory.resolve("stems")));
            context.progress(1, "done");
            return new GeneratedMusic(NAME, track, stems, details(composition, request.seed()));
        } catch (IOException e) {
            throw ProviderException.fail(NAME, "cannot write the audio: " + e.getMessage(), 0);
        } catch (UncheckedIOException e) {
            throw ProviderException.fail(NAME, "cannot write the audio: " + e.getCause().getMessage(), 0);
        }
    }

    private Map<String, Path> writeStems(Map<String, PcmAudio> stems, Path directory) {
        double peak = 0;
        for (PcmAudio stem : stems.values()) {
            peak = Math.max(peak, stem.samplePeak());
        }
        float scale = peak > 1 ? (float) (STEM_PEAK / peak) : 1f;
        Map<String, Path> files = new LinkedHashMap<>();
        for (Map.Entry<String, PcmAudio> stem : stems.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            Path file = directory.resolve(stem.getKey() + ".wav");
            wavWriter.write(scaled(stem.getValue(), scale), file, BITS_PER_SAMPLE);
            files.put(stem.getKey(), file);
        }
        return files;
    }

    private Map<String, String> details(Composition composition, long seed) {
        Score score = composition.score();
        MusicBrief brief = composition.brief();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("renderer", renderer.describe());
        details.put("bpm", formatBpm(score.bpm()));
        details.put("key", brief.key().displayName());
        details.put("genre", brief.genre().displayName());
        details.put("sections", composition.arrangement().describe());
        details.put("seed", Long.toString(seed));
        return details;
    }

    private static String formatBpm(double bpm) {
        return bpm == Math.rint(bpm) ? Long.toString((long) bpm) : Double.toString(bpm);
    }


    private static PcmAudio scaled(PcmAudio audio, float scale) {
        if (scale == 1f) {
            return audio;
        }
        float[][] channels = new float[audio.channelCount()][];
        for (int c = 0; c < channels.length; c++) {
            channels[c] = audio.channel(c).clone();
            for (int i = 0; i < channels[c].length; i++) {
                channels[c][i] *= scale;
            }
        }
        return new PcmAudio(audio.sampleRate(), channels);
    }
}
