package dev.codelive.foundry.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.analysis.LoudnessMeter;
import dev.codelive.audio.analysis.LoudnessReport;
import dev.codelive.audio.analysis.TempoEstimate;
import dev.codelive.audio.analysis.TempoEstimator;
import dev.codelive.audio.io.AudioDecoder;
import dev.codelive.audio.synth.BuiltInRenderer;
import dev.codelive.audio.synth.ScoreRenderer;
import dev.codelive.audio.synth.SoundFontRenderer;
import dev.codelive.audio.synth.SoundFonts;
import dev.codelive.foundry.provider.GeneratedMusic;
import dev.codelive.foundry.provider.GenerationContext;
import dev.codelive.foundry.provider.MusicRequest;
import dev.codelive.foundry.provider.ProviderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof: prompts through the local provider with both renderers, checked with our own analysis (loudness,
 * true peak, clipping, exact length, tempo, stems, determinism). The soundfont runs are skipped where no soundfont is
 * installed, except in CI, where they fail.
 */
class LocalProviderTest {
    private static final int RATE = 44_100;
    private static final String BUILTIN = "builtin";
    private static final String SOUNDFONT = "soundfont";

    private final AudioDecoder decoder = new AudioDecoder();
    private final LoudnessMeter meter = new LoudnessMeter();
    private final PromptReader reader = new PromptReader();

    @TempDir
    Path work;

    /**
     * @param stems the stems the prompt names, which must sound
     * @param halfTime whether the genre's beat is half-time, so that half the tempo is also a right answer
     */
    record Case(String prompt, boolean vocals, List<String> stems, boolean halfTime) {}

    private static final List<Case> CASES = List.of(
            new Case("ambient electronic track, 30 s, no vocals", false, List.of(), false),
            new Case("upbeat house at 124 bpm in A minor with piano", false, List.of("piano"), false),
            new Case("sad piano ballad with strings and vocals", true, List.of("piano", "strings", "vocals"), false),
            new Case("drum and bass 174 bpm", false, List.of(), true));

    static Stream<Arguments> casesWithRenderers() {
        List<Arguments> arguments = new ArrayList<>();
        for (String renderer : List.of(BUILTIN, SOUNDFONT)) {
            for (Case c : CASES) {
                arguments.add(Arguments.of(renderer, c));
            }
        }
        return arguments.stream();
    }

    static Stream<String> renderers() {
        return Stream.of(BUILTIN, SOUNDFONT);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("casesWithRenderers")
    void aPromptBecomesAMasteredTrackOfExactLengthTempoAndStems(String rendererName, Case c) throws Exception {
        LocalProvider provider = new LocalProvider(renderer(rendererName), RATE);
        MusicRequest request = new MusicRequest("t1", c.prompt(), 30, c.vocals(), 42);
        RecordingContext context = new RecordingContext(work);

        GeneratedMusic music = provider.generate(request, context);

        PcmAudio track = decoder.decode(music.audio());
        LoudnessReport loudness = meter.measure(track);
        assertThat(loudness.integratedLufs()).isCloseTo(-14, within(1.0));
        assertThat(loudness.truePeakDbtp()).isLessThanOrEqualTo(-1);
        assertThat(track.samplePeak()).as("no clipped samples").isLessThan(0.99);
        assertThat(track.frames()).isEqualTo(30 * RATE);
        assertThat(track.sampleRate()).isEqualTo(RATE);
        assertThat(tailPeak(track, RATE / 1000)).as("faded out: only dither in the last millisecond").isLessThan(3.0 / 32768);
        assertThat(tailPeak(track, 1)).as("the last frame is digital silence, dither and all").isZero();

        double asked = reader.read(request).bpm();
        TempoEstimate tempo = new TempoEstimator().estimate(track);
        // docs/foundry-composer.md, "Tempo as heard": slow straight-eighth pieces are heard in double time, half-time
        // genres may be heard at half their tempo
        boolean right = Math.abs(tempo.bpm() - asked) <= 2
                || (asked < 95 && Math.abs(tempo.bpm() - 2 * asked) <= 2)
                || (c.halfTime() && Math.abs(tempo.bpm() - asked / 2) <= 2);
        assertThat(right).as("estimated %s bpm for %s asked", tempo.bpm(), asked).isTrue();

        assertThat(music.stems().keySet()).containsAll(c.stems());
        assertThat(music.stems().containsKey("vocals")).isEqualTo(c.vocals());
        for (String stem : c.stems()) {
            PcmAudio audio = decoder.decode(music.stems().get(stem));
            assertThat(audio.frames()).isEqualTo(track.frames());
            assertThat(meter.measure(audio).integratedLufs()).as("stem %s sounds", stem).isGreaterThan(-50);
        }
        assertThat(music.provider()).isEqualTo("local");
        assertThat(music.details()).containsEntry("seed", "42").containsEntry("renderer", provider.renderer().describe())
                .containsKeys("bpm", "key", "genre", "sections");
        assertThat(context.fractions).isSorted().endsWith(1.0);
        assertThat(context.checkpoints).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void theSamePromptAndSeedGiveTheSameFileAndAnotherSeedAnother(String rendererName) throws Exception {
        LocalProvider provider = new LocalProvider(renderer(rendererName), RATE);
        String prompt = "funky groove with organ, 10 s";

        String first = sha256(provider.generate(new MusicRequest("a", prompt, 10, false, 7), new RecordingContext(work.resolve("1"))).audio());
        String again = sha256(provider.generate(new MusicRequest("b", prompt, 10, false, 7), new RecordingContext(work.resolve("2"))).audio());
        String other = sha256(provider.generate(new MusicRequest("c", prompt, 10, false, 8), new RecordingContext(work.resolve("3"))).audio());

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aRequestTheComposerCannotTakeFailsTheJobWithItsReason() {
        LocalProvider provider = new LocalProvider(new BuiltInRenderer(), RATE);

        assertThatThrownBy(() -> provider.generate(new MusicRequest("t", "jazz", 0, false, 1), new RecordingContext(work)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.action()).isEqualTo(ProviderException.Action.FAIL);
                    assertThat(e.provider()).isEqualTo("local");
                    assertThat(e.getMessage()).contains("duration");
                });
    }

    @Test
    void aCancelledJobStopsAtTheNextCheckpoint() {
        LocalProvider provider = new LocalProvider(new BuiltInRenderer(), RATE);
        RecordingContext context = new RecordingContext(work) {
            @Override
            public void checkpoint() {
                super.checkpoint();
                if (checkpoints == 2) {
                    throw new IllegalStateException("cancelled");
                }
            }
        };

        assertThatThrownBy(() -> provider.generate(new MusicRequest("t", "jazz", 20, false, 1), context))
                .hasMessage("cancelled");
        assertThat(work.resolve("track.wav")).doesNotExist();
    }

    @Test
    void isAlwaysAvailableAndPicksItsRendererFromTheEnvironment() throws IOException {
        Path soundFont = Files.writeString(work.resolve("any.sf2"), "not read before the first render");

        LocalProvider provider = new LocalProvider(Map.of("SOUNDFONT", soundFont.toString()), RATE);

        assertThat(provider.unavailableReason()).isEmpty();
        assertThat(provider.name()).isEqualTo("local");
        assertThat(provider.renderer()).isInstanceOf(SoundFontRenderer.class);
        assertThat(LocalProvider.rendererFor(Map.of())).isInstanceOf(
                SoundFonts.locate(Map.of()).isPresent() ? SoundFontRenderer.class : BuiltInRenderer.class);
    }

    @Test
    void soundfontNoneAsksForTheBuiltInSynthesizer() {
        assertThat(LocalProvider.rendererFor(Map.of("SOUNDFONT", "none"))).isInstanceOf(BuiltInRenderer.class);
        assertThat(new LocalProvider(Map.of("SOUNDFONT", " NONE "), RATE).renderer().describe()).isEqualTo("builtin");
    }

    @Test
    void aSoundfontSettingThatIsWrongStopsTheStart() {
        Map<String, String> environment = Map.of("SOUNDFONT", work.resolve("missing.sf2").toString());

        assertThatThrownBy(() -> new LocalProvider(environment, RATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.sf2");
    }

    private static ScoreRenderer renderer(String name) {
        if (name.equals(BUILTIN)) {
            return new BuiltInRenderer();
        }
        Optional<Path> soundfont = SoundFonts.locate(System.getenv());
        boolean ci = "true".equals(System.getenv("CI"));
        if (soundfont.isEmpty() && ci) {
            throw new AssertionError("CI must have a soundfont (SOUNDFONT or fluid-soundfont-gm)");
        }
        Assumptions.assumeTrue(soundfont.isPresent(), "no soundfont installed");
        return new SoundFontRenderer(soundfont.get());
    }


    private static double tailPeak(PcmAudio audio, int frames) {
        double peak = 0;
        for (float[] channel : audio.channels()) {
            for (int i = channel.length - frames; i < channel.length; i++) {
                peak = Math.max(peak, Math.abs(channel[i]));
            }
        }
        return peak;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** A job's view that keeps what the provider reported. */
    private static class RecordingContext implements GenerationContext {
        final List<Double> fractions = new ArrayList<>();
        final Path directory;
        int checkpoints;

        RecordingContext(Path directory) {
            this.directory = directory;
        }

        @Override
        public Path workDirectory() {
            return directory;
        }

        @Override
        public void progress(double fraction, String message) {
            fractions.add(fraction);
        }

        @Override
        public void checkpoint() {
            checkpoints++;
        }
    }
}
