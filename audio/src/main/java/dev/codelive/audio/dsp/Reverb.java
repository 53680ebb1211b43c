package dev.codelive.audio.dsp;

import dev.codelive.audio.PcmAudio;
import java.util.Arrays;

/**
 * A stereo algorithmic reverb: pre-delay, four all-pass diffusers per channel, then an eight-line feedback delay
 * network (Householder mixing) whose lines lose, on every pass, what the decay time asks for, with a one-pole low-pass
 * in each line for high-frequency damping. Linear and time-invariant, so the reverb of a sum is the sum of the
 * reverbs. Immutable: every call starts from silence, so one instance can serve several threads.
 */
public final class Reverb {
    private static final double[] LINE_MS = {31.7, 37.3, 41.9, 47.3, 53.1, 59.7, 67.3, 73.9};
    private static final double[][] DIFFUSER_MS = {{4.77, 3.59, 12.73, 9.31}, {4.96, 3.81, 12.37, 9.67}};
    private static final float DIFFUSION = 0.6f;
    /** Adding and taking away this flushes values near zero, which would otherwise become slow denormal floats. */
    private static final float ANTI_DENORMAL = 1e-18f;

    /**
     * The reverb's settings.
     *
     * @param preDelaySeconds silence before the reverb starts, 0 to 0.5 s
     * @param decaySeconds RT60 at low frequencies: the time the tail takes to fall by 60 dB, 0.1 to 30 s
     * @param damping how much faster the highs die than the lows, 0 (not at all) to 1 (much faster)
     * @param wet level of the reverb in the output, 0 to 4
     * @param dry level of the input in the output, 0 to 4
     */
    public record Settings(double preDelaySeconds, double decaySeconds, double damping, double wet, double dry) {
        public Settings {
            if (!(preDelaySeconds >= 0 && preDelaySeconds <= 0.5)) {
                throw new IllegalArgumentException("pre-delay must be from 0 to 0.5 s, got " + preDelaySeconds);
            }
            if (!(decaySeconds >= 0.1 && decaySeconds <= 30)) {
                throw new IllegalArgumentException("decay must be from 0.1 to 30 s, got " + decaySeconds);
            }
            if (!(damping >= 0 && damping <= 1)) {
                throw new IllegalArgumentException("damping must be from 0 to 1, got " + damping);
            }
            if (!(wet >= 0 && wet <= 4 && dry >= 0 && dry <= 4)) {
                throw new IllegalArgumentException("wet and dry levels must be from 0 to 4");
            }
        }

        /** The same settings with only the reverb in the output (dry 0, wet 1), for a send/return bus. */
        public Settings wetOnly() {
            return new Settings(preDelaySeconds, decaySeconds, damping, 1, 0);
        }
    }

    private final Settings settings;
    private final int sampleRate;
    private final int preDelayFrames;
    private final int[] lineLengths = new int[LINE_MS.length];
    private final float[] lineGains = new float[LINE_MS.length];
    private final int[][] diffuserLengths = new int[2][];
    private final float damping;
    private final float outputGain;

    public Reverb(Settings settings, int sampleRate) {
        if (sampleRate < 1000) {
            throw new IllegalArgumentException("sample rate must be >= 1000 Hz, got " + sampleRate);
        }
        this.settings = settings;
        this.sampleRate = sampleRate;
        this.preDelayFrames = (int) Math.round(settings.preDelaySeconds() * sampleRate);
        double gainSum = 0;
        for (int i = 0; i < LINE_MS.length; i++) {
            lineLengths[i] = nextPrime((int) Math.round(LINE_MS[i] * sampleRate / 1000));
            // Each pass through a line of d samples must lose d / (decay * rate) of 60 dB.
            double gain = Math.pow(10, -3.0 * lineLengths[i] / (settings.decaySeconds() * sampleRate));
            lineGains[i] = (float) gain;
            gainSum += gain;
        }
        for (int channel = 0; channel < 2; channel++) {
            diffuserLengths[channel] = new int[DIFFUSER_MS[channel].length];
            for (int i = 0; i < DIFFUSER_MS[channel].length; i++) {
                diffuserLengths[channel][i] = Math.max(1, (int) Math.round(DIFFUSER_MS[channel][i] * sampleRate / 1000));
            }
        }
        this.damping = (float) (0.6 * settings.damping());
        // A lossless loop rings forever; scaling the output by sqrt(1 - g^2) keeps the reverb's loudness roughly
        // the same whatever the decay time.
        double meanGain = gainSum / LINE_MS.length;
        this.outputGain = (float) (0.9 * Math.sqrt(1 - meanGain * meanGain));
    }

    public Settings settings() {
        return settings;
    }

    /** Reverberates the audio (a mono input feeds both sides); the result is stereo and as long as the input. */
    public PcmAudio process(PcmAudio input) {
        if (input.sampleRate() != sampleRate) {
            throw new IllegalArgumentException("reverb made for " + sampleRate + " Hz, audio is " + input.sampleRate() + " Hz");
        }
        float[] left = input.channel(0);
        float[] right = input.channelCount() > 1 ? input.channel(1) : left;
        float[] outLeft = new float[left.length];
        float[] outRight = new float[left.length];
        process(left, right, outLeft, outRight);
        return new PcmAudio(sampleRate, new float[][] {outLeft, outRight});
    }

    /**
     * Writes dry * input + wet * reverb into the outputs. Outputs may be the input arrays themselves; all four arrays
     * must have the same length.
     */
    public void process(float[] inLeft, float[] inRight, float[] outLeft, float[] outRight) {
        int frames = inLeft.length;
        if (inRight.length != frames || outLeft.length != frames || outRight.length != frames) {
            throw new IllegalArgumentException("reverb inputs and outputs must have the same length");
        }
        // The pre-delay reads the input behind the block being written, so outputs that are the inputs need a copy.
        boolean aliased = outLeft == inLeft || outLeft == inRight || outRight == inLeft || outRight == inRight;
        float[] left = aliased ? inLeft.clone() : inLeft;
        float[] right = aliased ? inRight.clone() : inRight;
        new Tank().run(left, right, outLeft, outRight);
    }

    private static int nextPrime(int from) {
        int candidate = Math.max(2, from);
        while (!isPrime(candidate)) {
            candidate++;
        }
        return candidate;
    }

    private static boolean isPrime(int value) {
        for (int divisor = 2; (long) divisor * divisor <= value; divisor++) {
            if (value % divisor == 0) {
                return false;
            }
        }
        return true;
    }

    /** The state of one run: delay lines and filter memories, worked through in blocks. */
    private final class Tank {
        private final DelayLine[][] diffusers = new DelayLine[2][];
        private final DelayLine[] lines = new DelayLine[LINE_MS.length];
        private final float[] lowPass = new float[LINE_MS.length];
        private final int block;

        Tank() {
            int shortest = Integer.MAX_VALUE;
            for (int channel = 0; channel < 2; channel++) {
                diffusers[channel] = new DelayLine[diffuserLengths[channel].length];
                for (int i = 0; i < diffusers[channel].length; i++) {
                    diffusers[channel][i] = new DelayLine(diffuserLengths[channel][i]);
                    shortest = Math.min(shortest, diffuserLengths[channel][i]);
                }
            }
            for (int i = 0; i < lines.length; i++) {
                lines[i] = new DelayLine(lineLengths[i]);
                shortest = Math.min(shortest, lineLengths[i]);
            }
            this.block = Math.min(256, shortest);
        }

        void run(float[] inLeft, float[] inRight, float[] outLeft, float[] outRight) {
            float wet = (float) settings.wet() * outputGain;
            float dry = (float) settings.dry();
            int lineCount = lines.length;
            float[] feedLeft = new float[block];
            float[] feedRight = new float[block];
            float[] scratch = new float[block];
            float[][] taps = new float[lineCount][block];
            float[] sum = new float[block];
            float[] reverbLeft = new float[block];
            float[] reverbRight = new float[block];
            for (int start = 0; start < inLeft.length; start += block) {
                int count = Math.min(block, inLeft.length - start);
                preDelayed(inLeft, start, count, feedLeft);
                preDelayed(inRight, start, count, feedRight);
                diffuse(diffusers[0], feedLeft, scratch, count);
                diffuse(diffusers[1], feedRight, scratch, count);
                Arrays.fill(reverbLeft, 0, count, 0f);
                Arrays.fill(reverbRight, 0, count, 0f);
                for (int i = 0; i < lineCount; i++) {
                    float[] tap = taps[i];
                    lines[i].read(tap, count);
                    float leftSign = (i & 1) == 0 ? 1 : -1;
                    float rightSign = (i & 2) == 0 ? 1 : -1;
                    for (int n = 0; n < count; n++) {
                        reverbLeft[n] += leftSign * tap[n];
                        reverbRight[n] += rightSign * tap[n];
                    }
                }
                // Sample by sample across the lines: eight independent filter memories keep the processor busy,
                // where one line at a time would wait on each sample's result.
                for (int n = 0; n < count; n++) {
                    float total = 0;
                    for (int i = 0; i < lineCount; i++) {
                        float tap = taps[i][n];
                        float memory = tap + damping * (lowPass[i] - tap);
                        lowPass[i] = memory;
                        float damped = memory * lineGains[i];
                        taps[i][n] = damped;
                        total += damped;
                    }
                    sum[n] = total;
                }
                for (int i = 0; i < lineCount; i++) {
                    lowPass[i] = flush(lowPass[i]);
                }
                float mixing = 2f / lineCount;
                for (int i = 0; i < lineCount; i++) {
                    float[] tap = taps[i];
                    float[] feed = (i & 1) == 0 ? feedLeft : feedRight;
                    for (int n = 0; n < count; n++) {
                        tap[n] = flush(tap[n] - mixing * sum[n] + 0.5f * feed[n]);
                    }
                    lines[i].write(tap, count);
                }
                for (int n = 0; n < count; n++) {
                    outLeft[start + n] = dry * inLeft[start + n] + wet * reverbLeft[n];
                    outRight[start + n] = dry * inRight[start + n] + wet * reverbRight[n];
                }
            }
        }

        /** The input pre-delayed: offline, that is just reading earlier in the input. */
        private void preDelayed(float[] input, int start, int count, float[] out) {
            for (int n = 0; n < count; n++) {
                int source = start + n - preDelayFrames;
                out[n] = source >= 0 ? input[source] : 0f;
            }
        }

        /** Schroeder all-passes in series: they smear an impulse into a dense burst without colouring it. */
        private void diffuse(DelayLine[] chain, float[] signal, float[] delayed, int count) {
            for (DelayLine allPass : chain) {
                allPass.read(delayed, count);
                for (int n = 0; n < count; n++) {
                    float output = delayed[n] - DIFFUSION * signal[n];
                    float stored = flush(signal[n] + DIFFUSION * output);
                    signal[n] = output;
                    delayed[n] = stored;
                }
                allPass.write(delayed, count);
            }
        }
    }

    private static float flush(float value) {
        return (value + ANTI_DENORMAL) - ANTI_DENORMAL;
    }
}
