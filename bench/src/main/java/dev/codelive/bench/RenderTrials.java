package dev.codelive.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.io.AudioDecoder;
import dev.codelive.audio.synth.BuiltInRenderer;
import dev.codelive.audio.synth.RenderedScore;
import dev.codelive.audio.synth.ScoreRenderer;
import dev.codelive.audio.synth.SoundFontRenderer;
import dev.codelive.bench.RenderWorkload.Composed;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One render of one song by one {@link RenderVariant}, timed and then checked: fluidsynth and a {@link RenderChild}
 * in processes of their own under GNU time, or our renderers in this JVM. Every output must pass {@link SaneAudio};
 * a run that fails either way throws, so that no figure comes from a broken run.
 */
final class RenderTrials {
    /**
     * How much longer than the song fluidsynth's file may be: it renders on until its last voice has faded, and
     * FluidR3's pads and strings release for seconds after the last note-off (up to 9 s seen on the 60-second songs).
     */
    static final double FLUIDSYNTH_TAIL_SECONDS = 15;
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final RenderCommands commands;
    private final double seconds;
    private final Path work;
    private final ScoreRenderer warmSoundFont;
    private final ScoreRenderer warmBuiltIn = new BuiltInRenderer();
    private final AudioDecoder decoder = new AudioDecoder();
    private final OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** @param work where the rendered files go (each is deleted once checked) */
    RenderTrials(RenderCommands commands, double seconds, Path work) {
        this.commands = commands;
        this.seconds = seconds;
        this.work = work;
        // The server's renderers as LocalProvider makes them: two parts at a time.
        this.warmSoundFont = new SoundFontRenderer(commands.soundFont());
    }

    RenderRun run(RenderVariant variant, Composed song) throws IOException {
        Optional<CpuMeter.Reading> before = CpuMeter.read();
        RenderRun run = switch (variant) {
            case FLUIDSYNTH -> fluidsynth(song);
            case FRESH_SOUNDFONT -> child(true, song);
            case FRESH_BUILTIN -> child(false, song);
            case WARM_SOUNDFONT -> warm(warmSoundFont, song);
            case WARM_BUILTIN -> warm(warmBuiltIn, song);
        };
        Optional<CpuMeter.Reading> after = CpuMeter.read();
        return run.withNoise(before.flatMap(start -> after.map(end -> CpuMeter.Share.between(start, end))));
    }

    private RenderRun fluidsynth(Composed song) throws IOException {
        Path out = work.resolve(song.song().name() + "-fluidsynth.wav");
        TimedProcess process = TimedProcess.run(commands.fluidsynth(song.midi(), out), work, TIMEOUT);
        PcmAudio audio = checkedFile(out, SaneAudio.withTail(RenderChild.SAMPLE_RATE, seconds, FLUIDSYNTH_TAIL_SECONDS), "fluidsynth", song);
        return processRun(process, audio, Optional.empty());
    }

    private RenderRun child(boolean soundFont, Composed song) throws IOException {
        Path out = work.resolve(song.song().name() + (soundFont ? "-soundfont.wav" : "-builtin.wav"));
        TimedProcess process = TimedProcess.run(commands.child(soundFont, song.song(), seconds, out), work, TIMEOUT);
        PcmAudio audio = checkedFile(out, SaneAudio.exactly(RenderChild.SAMPLE_RATE, seconds), "the child JVM", song);
        return processRun(process, audio, Optional.of(ChildTimings.parse(process.run().stderr())));
    }

    private RenderRun warm(ScoreRenderer renderer, Composed song) {
        long cpuStart = system.getProcessCpuTime();
        long start = System.nanoTime();
        RenderedScore rendered = renderer.render(song.score(), RenderChild.SAMPLE_RATE);
        long wall = System.nanoTime() - start;
        long cpu = system.getProcessCpuTime() - cpuStart;
        check(rendered.mix(), SaneAudio.exactly(RenderChild.SAMPLE_RATE, seconds), renderer.describe(), song);
        RenderRun run = new RenderRun(wall / 1e9, cpu / 1e9, OptionalDouble.empty(), rendered.mix().seconds(), Optional.empty(), Optional.empty());
        // This render's garbage is collected now, outside any timing, rather than by G1's threads during the next run.
        System.gc();
        return run;
    }

    private static RenderRun processRun(TimedProcess process, PcmAudio audio, Optional<ChildTimings> timings) {
        return new RenderRun(process.run().nanos() / 1e9, process.usage().cpuSeconds(), OptionalDouble.of(process.usage().maxRssMib()),
                audio.seconds(), timings, Optional.empty());
    }

    private PcmAudio checkedFile(Path file, SaneAudio expected, String renderer, Composed song) throws IOException {
        PcmAudio audio = decoder.decode(file);
        Files.delete(file);
        check(audio, expected, renderer, song);
        return audio;
    }

    private static void check(PcmAudio audio, SaneAudio expected, String renderer, Composed song) {
        expected.problem(audio).ifPresent(problem -> {
            throw new IllegalStateException(renderer + " rendered " + song.song().name() + " wrong: " + problem);
        });
    }
}
