package dev.codelive.audio.synth;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.score.Part;
import dev.codelive.audio.score.Score;
import java.util.List;

/**
 * The built-in synthesizer: every instrument has a voice of its own (see {@link dev.codelive.audio.synth.voice}),
 * no file needed. Parts render in parallel, each into its stem; the result is bit-identical whatever the
 * scheduling, as every note draws its randomness from its part's name and its own index.
 */
public final class BuiltInRenderer implements ScoreRenderer {
    private final PartParallelism parallelism;

    /** Renders up to two parts at a time. */
    public BuiltInRenderer() {
        this(2);
    }

    /** Renders up to {@code threads} parts at a time (1 to 64). */
    public BuiltInRenderer(int threads) {
        this.parallelism = new PartParallelism(threads);
    }

    @Override
    public RenderedScore render(Score score, int sampleRate) {
        RenderTiming.checkSampleRate(sampleRate);
        List<Part> parts = score.parts();
        parts.forEach(PartSynthesizer::check);
        int frames = RenderTiming.totalFrames(score, sampleRate);
        MixBus bus = new MixBus(sampleRate);
        List<PcmAudio> stems = parallelism.map(parts,
                part -> bus.stem(part, PartSynthesizer.play(part, score, sampleRate, frames)));
        return bus.mix(parts, stems, frames);
    }

    @Override
    public String describe() {
        return "builtin";
    }
}
