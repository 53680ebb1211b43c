package dev.codelive.audio.master;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.analysis.LoudnessMeter;
import dev.codelive.audio.dsp.Biquad;
import dev.codelive.audio.dsp.Compressor;
import dev.codelive.audio.dsp.Db;
import dev.codelive.audio.dsp.TruePeakLimiter;
import java.util.Objects;

/**
 * Masters a mix: a high-pass below the audible bass, gentle glue compression, gain to the target loudness, a true-peak
 * limiter, and a short fade to digital silence at the very end; then measures the result and corrects the gain until
 * the loudness is within the target's tolerance. Keeps the length to the frame, and is deterministic.
 */
public final class Mastering {
    private static final double HIGH_PASS_HZ = 30;
    private static final double BUTTERWORTH_Q = 1 / Math.sqrt(2);
    /** The compressor sees the mix at this loudness, so that its threshold means the same for every mix. */
    private static final double GLUE_LEVEL_LUFS = -20;
    private static final Compressor.Settings GLUE = new Compressor.Settings(-12, 2, 6, 0.010, 0.150, 0);
    /**
     * The limiter aims this far under the ceiling: quantising to 16 bits with dither adds up to about one step
     * (0.0003 dB at -1 dBTP), which must not take the file over.
     */
    private static final double CEILING_MARGIN_DB = 0.1;
    private static final double LOOKAHEAD_SECONDS = 0.005;
    private static final double LIMITER_RELEASE_SECONDS = 0.08;
    private static final int MAX_PASSES = 8;
    private static final double END_FADE_SECONDS = 0.5;
    /** The fade never takes more than this share of a very short mix. */
    private static final double END_FADE_SHARE = 0.1;

    private final LoudnessMeter meter;

    public Mastering(LoudnessMeter meter) {
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    public Mastering() {
        this(new LoudnessMeter());
    }

    /**
     * The master of a mix: integrated loudness within {@code target.toleranceLu()} of the target (when the mix is not
     * silent), true peak at most the target's ceiling, the same rate, channels and number of frames, the last frame
     * exactly 0.
     */
    public PcmAudio master(PcmAudio mix, MasteringTarget target) {
        Objects.requireNonNull(mix, "mix");
        Objects.requireNonNull(target, "target");
        PcmAudio glued = glue(highPass(mix));
        double loudness = meter.integratedLoudness(glued);
        if (!Double.isFinite(loudness)) {
            return fadeOut(glued); // silence (or too quiet to gate): nothing to bring up
        }
        TruePeakLimiter limiter = new TruePeakLimiter(new TruePeakLimiter.Settings(
                target.truePeakDbtp() - CEILING_MARGIN_DB, LOOKAHEAD_SECONDS, LIMITER_RELEASE_SECONDS));
        double gainDb = target.integratedLufs() - loudness;
        PcmAudio best = null;
        double bestError = Double.MAX_VALUE;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            // Only the loudness steers the gain: the limiter guarantees the true peak (see its tests).
            PcmAudio master = fadeOut(limiter.process(gain(glued, gainDb)));
            double error = target.integratedLufs() - meter.integratedLoudness(master);
            if (Math.abs(error) < bestError) {
                bestError = Math.abs(error);
                best = master;
            }
            if (Math.abs(error) <= target.toleranceLu()) {
                break;
            }
            // The limiter takes back part of any gain added, so the same error is asked for again on the next pass.
            gainDb += error;
        }
        return best;
    }

    private static PcmAudio highPass(PcmAudio mix) {
        float[][] channels = copy(mix);
        for (float[] channel : channels) {
            Biquad.highPass(mix.sampleRate(), HIGH_PASS_HZ, BUTTERWORTH_Q).processInPlace(channel);
        }
        return new PcmAudio(mix.sampleRate(), channels);
    }

    private PcmAudio glue(PcmAudio audio) {
        double loudness = meter.integratedLoudness(audio);
        if (!Double.isFinite(loudness)) {
            return audio;
        }
        PcmAudio levelled = gain(audio, GLUE_LEVEL_LUFS - loudness);
        return new Compressor(GLUE, audio.sampleRate()).process(levelled);
    }

    private static PcmAudio gain(PcmAudio audio, double db) {
        float factor = (float) Db.toGain(db);
        float[][] channels = copy(audio);
        for (float[] channel : channels) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] *= factor;
            }
        }
        return new PcmAudio(audio.sampleRate(), channels);
    }

    /** A half-cosine fade over the last half second (or tenth of the audio), reaching exactly 0 on the last frame. */
    private static PcmAudio fadeOut(PcmAudio audio) {
        int frames = audio.frames();
        int length = (int) Math.min(Math.round(END_FADE_SECONDS * audio.sampleRate()), Math.round(frames * END_FADE_SHARE));
        float[][] channels = copy(audio);
        for (int i = 0; i < length; i++) {
            int frame = frames - length + i;
            double remaining = (double) (length - 1 - i) / Math.max(1, length - 1);
            float factor = (float) (0.5 - 0.5 * Math.cos(Math.PI * remaining));
            for (float[] channel : channels) {
                channel[frame] *= factor;
            }
        }
        if (frames > 0) {
            for (float[] channel : channels) {
                channel[frames - 1] = 0;
            }
        }
        return new PcmAudio(audio.sampleRate(), channels);
    }

    private static float[][] copy(PcmAudio audio) {
        float[][] channels = new float[audio.channelCount()][];
        for (int c = 0; c < channels.length; c++) {
            channels[c] = audio.channel(c).clone();
        }
        return channels;
    }
}
