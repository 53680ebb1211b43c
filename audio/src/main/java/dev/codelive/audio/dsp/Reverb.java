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

        /** The same room with other output levels. */
        public Settings withLevels(double wetLevel, double dryLevel) {
            return new Settings(preDelaySeconds, decaySeconds, damping, wetLevel, dryLevel);
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
        new Tank().run(inLeft, inRight, outLeft, outRight);
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
        private final PreDelay[] preDelays = new PreDelay[2];
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
            preDelays[0] = new PreDelay(preDelayFrames, block);
            preDelays[1] = new PreDelay(preDelayFrames, block);
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
                preDelays[0].process(inLeft, start, count, feedLeft);
                preDelays[1].process(inRight, start, count, feedRight);
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
                damp(taps, sum, count);
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

        /**
         * Each line's one-pole low-pass and loss, and the sum of the lines for the Householder mixing. Written out
         * for the eight lines: eight independent filter memories in registers keep the processor busy, where a loop
         * over the lines would wait on memory for each.
         */
        private void damp(float[][] taps, float[] sum, int count) {
            float[] t0 = taps[0];
            float[] t1 = taps[1];
            float[] t2 = taps[2];
            float[] t3 = taps[3];
            float[] t4 = taps[4];
            float[] t5 = taps[5];
            float[] t6 = taps[6];
            float[] t7 = taps[7];
            float m0 = lowPass[0];
            float m1 = lowPass[1];
            float m2 = lowPass[2];
            float m3 = lowPass[3];
            float m4 = lowPass[4];
            float m5 = lowPass[5];
            float m6 = lowPass[6];
            float m7 = lowPass[7];
            float d = damping;
            for (int n = 0; n < count; n++) {
                m0 = t0[n] + d * (m0 - t0[n]);
                m1 = t1[n] + d * (m1 - t1[n]);
                m2 = t2[n] + d * (m2 - t2[n]);
                m3 = t3[n] + d * (m3 - t3[n]);
                m4 = t4[n] + d * (m4 - t4[n]);
                m5 = t5[n] + d * (m5 - t5[n]);
                m6 = t6[n] + d * (m6 - t6[n]);
                m7 = t7[n] + d * (m7 - t7[n]);
                t0[n] = m0 * lineGains[0];
                t1[n] = m1 * lineGains[1];
                t2[n] = m2 * lineGains[2];
                t3[n] = m3 * lineGains[3];
                t4[n] = m4 * lineGains[4];
                t5[n] = m5 * lineGains[5];
                t6[n] = m6 * lineGains[6];
                t7[n] = m7 * lineGains[7];
                sum[n] = t0[n] + t1[n] + t2[n] + t3[n] + t4[n] + t5[n] + t6[n] + t7[n];
            }
            lowPass[0] = flush(m0);
            lowPass[1] = flush(m1);
            lowPass[2] = flush(m2);
            lowPass[3] = flush(m3);
            lowPass[4] = flush(m4);
            lowPass[5] = flush(m5);
            lowPass[6] = flush(m6);
            lowPass[7] = flush(m7);
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

    /**
     * A delay of any length, even shorter than a block: the block goes in before the delayed block comes out. It
     * keeps its own copy, so the reverb may write its output over its input.
     */
    private static final class PreDelay {
        private final float[] buffer;
        private final int delay;
        private int writePosition;

        PreDelay(int delay, int block) {
            this.delay = delay;
            this.buffer = new float[delay + block];
        }

        void process(float[] input, int start, int count, float[] out) {
            int length = buffer.length;
            int first = Math.min(count, length - writePosition);
            System.arraycopy(input, start, buffer, writePosition, first);
            System.arraycopy(input, start + first, buffer, 0, count - first);
            int readPosition = (writePosition - delay + length) % length;
            first = Math.min(count, length - readPosition);
            System.arraycopy(buffer, readPosition, out, 0, first);
            System.arraycopy(buffer, 0, out, first, count - first);
            writePosition = (writePosition + count) % length;
        }
    }

    private static float flush(float value) {
        return (value + ANTI_DENORMAL) - ANTI_DENORMAL;
    }
}
