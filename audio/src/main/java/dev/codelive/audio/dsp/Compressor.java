package dev.codelive.audio.dsp;

import dev.codelive.audio.PcmAudio;

/**
 * A feed-forward compressor with a soft knee, linked across channels (the loudest channel sets one gain for all, so
 * the stereo image stays put). A peak follower (instant rise, fall at the release time) feeds a gain computer in dB;
 * the gain reduction comes in at the attack time and leaves as the follower falls. Immutable: every call starts from
 * rest.
 */
public final class Compressor {

    /**
     * The compressor's settings.
     *
     * @param thresholdDb level (dBFS) above which the gain comes down
     * @param ratio input dB over the threshold per output dB over it, >= 1
     * @param kneeDb width of the soft knee around the threshold, 0 for a hard knee
     * @param attackSeconds time constant of the gain coming down
     * @param releaseSeconds time constant of the gain coming back up
     * @param makeupDb gain added after compression
     */
    public record Settings(double thresholdDb, double ratio, double kneeDb, double attackSeconds, double releaseSeconds,
                           double makeupDb) {
        public Settings {
            if (!(thresholdDb >= -80 && thresholdDb <= 0)) {
                throw new IllegalArgumentException("threshold must be from -80 to 0 dBFS, got " + thresholdDb);
            }
            if (!(ratio >= 1 && ratio <= 100)) {
                throw new IllegalArgumentException("ratio must be from 1 to 100, got " + ratio);
            }
            if (!(kneeDb >= 0 && kneeDb <= 24)) {
                throw new IllegalArgumentException("knee must be from 0 to 24 dB, got " + kneeDb);
            }
            if (!(attackSeconds > 0 && attackSeconds <= 1 && releaseSeconds > 0 && releaseSeconds <= 5)) {
                throw new IllegalArgumentException("attack must be in (0, 1] s and release in (0, 5] s");
            }
            if (!(makeupDb >= -24 && makeupDb <= 24)) {
                throw new IllegalArgumentException("makeup gain must be from -24 to 24 dB, got " + makeupDb);
            }
        }
    }

    private final Settings settings;
    private static final int CONTROL_FRAMES = 8;

    private final double attackPerBlock;
    private final double releasePerBlock;
    private final double kneeStart;
    private final double slope;
    private final double makeup;

    public Compressor(Settings settings, int sampleRate) {
        this.settings = settings;
        this.attackPerBlock = Math.exp(-CONTROL_FRAMES / (settings.attackSeconds() * sampleRate));
        this.releasePerBlock = Math.exp(-CONTROL_FRAMES / (settings.releaseSeconds() * sampleRate));
        this.kneeStart = Db.toGain(settings.thresholdDb() - settings.kneeDb() / 2);
        this.slope = 1 / settings.ratio() - 1;
        this.makeup = Db.toGain(settings.makeupDb());
    }


    /** The compressed audio, same rate, channels and length. */
    public PcmAudio process(PcmAudio input) {
        float[][] output = new float[input.channelCount()][];
        for (int c = 0; c < output.length; c++) {
            output[c] = input.channel(c).clone();
        }
        processInPlace(output);
        return new PcmAudio(input.sampleRate(), output);
    }

    /**
     * Compresses the channels (all of the same length) in place. The detector and gain computer run once per eight
     * frames (0.2 ms at 44.1 kHz, far below any attack time), on the block's peak; the gain glides linearly across
     * the block to its new value.
     */
    public void processInPlace(float[][] channels) {
        int frames = channels[0].length;
        double envelope = 0;
        double reduction = 0;
        float gain = (float) makeup;
        for (int start = 0; start < frames; start += CONTROL_FRAMES) {
            int end = Math.min(frames, start + CONTROL_FRAMES);
            double peak = 0;
            for (float[] channel : channels) {
                for (int n = start; n < end; n++) {
                    peak = Math.max(peak, Math.abs(channel[n]));
                }
            }
            // A peak follower that jumps up and falls at the release rate, so that a steady tone reads at its peak
            // between two crests instead of rippling with the waveform.
            envelope = Math.max(peak, envelope * releasePerBlock);
            double target = envelope > kneeStart ? gainReductionDb(Db.fromGain(envelope)) : 0;
            reduction = target < reduction ? target + attackPerBlock * (reduction - target) : target;
            float next = (float) (makeup * Math.exp(reduction * (Math.log(10) / 20)));
            if (next == 1 && gain == 1) {
                continue;
            }
            float step = (next - gain) / (end - start);
            for (float[] channel : channels) {
                for (int n = start; n < end; n++) {
                    channel[n] *= gain + step * (n - start + 1);
                }
            }
            gain = next;
        }
    }

    /** The static curve: how many dB (<= 0) to take off a level in dBFS, with a quadratic soft knee. */
    double gainReductionDb(double levelDb) {
        double over = levelDb - settings.thresholdDb();
        double knee = settings.kneeDb();
        if (2 * over <= -knee) {
            return 0;
        }
        if (2 * Math.abs(over) < knee) {
            double into = over + knee / 2;
            return slope * into * into / (2 * knee);
        }
        return slope * over;
    }
}
