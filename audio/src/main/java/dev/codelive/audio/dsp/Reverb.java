package dev.codelive.audio.dsp;

import dev.codelive.audio.PcmAudio;

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

    private static float flush(float value) {
        return (value + ANTI_DENORMAL) - ANTI_DENORMAL;
    }

    /** The state of one run: delay lines, positions and filter memories. */
    private final class Tank {
        private final float[][] preDelay = {new float[Math.max(1, preDelayFrames)], new float[Math.max(1, preDelayFrames)]};
        private int preDelayPosition;
        private final float[][][] diffusers = new float[2][][];
        private final int[][] diffuserPositions = new int[2][];
        private final float[][] lines = new float[LINE_MS.length][];
        private final int[] linePositions = new int[LINE_MS.length];
        private final float[] lowPass = new float[LINE_MS.length];
        private final float[] taps = new float[LINE_MS.length];

        Tank() {
            for (int channel = 0; channel < 2; channel++) {
                int count = diffuserLengths[channel].length;
                diffusers[channel] = new float[count][];
                diffuserPositions[channel] = new int[count];
                for (int i = 0; i < count; i++) {
                    diffusers[channel][i] = new float[diffuserLengths[channel][i]];
                }
            }
            for (int i = 0; i < lines.length; i++) {
                lines[i] = new float[lineLengths[i]];
            }
        }

        void run(float[] inLeft, float[] inRight, float[] outLeft, float[] outRight) {
            float wet = (float) settings.wet() * outputGain;
            float dry = (float) settings.dry();
            for (int n = 0; n < inLeft.length; n++) {
                float left = inLeft[n];
                float right = inRight[n];
                float delayedLeft = preDelayed(0, left);
                float delayedRight = preDelayed(1, right);
                preDelayPosition = preDelayPosition + 1 == preDelay[0].length ? 0 : preDelayPosition + 1;
                float diffusedLeft = diffuse(0, delayedLeft);
                float diffusedRight = diffuse(1, delayedRight);
                float reverbLeft = 0;
                float reverbRight = 0;
                float sum = 0;
                for (int i = 0; i < lines.length; i++) {
                    float tap = lines[i][linePositions[i]];
                    reverbLeft += (i & 1) == 0 ? tap : -tap;
                    reverbRight += (i & 2) == 0 ? tap : -tap;
                    lowPass[i] = flush(tap + damping * (lowPass[i] - tap));
                    taps[i] = lowPass[i] * lineGains[i];
                    sum += taps[i];
                }
                float reflection = sum * (2f / lines.length);
                for (int i = 0; i < lines.length; i++) {
                    float feed = (i & 1) == 0 ? diffusedLeft : diffusedRight;
                    lines[i][linePositions[i]] = taps[i] - reflection + 0.5f * feed;
                    linePositions[i] = linePositions[i] + 1 == lines[i].length ? 0 : linePositions[i] + 1;
                }
                outLeft[n] = dry * left + wet * reverbLeft;
                outRight[n] = dry * right + wet * reverbRight;
            }
        }

        private float preDelayed(int channel, float input) {
            if (preDelayFrames == 0) {
                return input;
            }
            float[] buffer = preDelay[channel];
            float output = buffer[preDelayPosition];
            buffer[preDelayPosition] = input;
            return output;
        }

        /** Schroeder all-passes in series: they smear an impulse into a dense burst without colouring it. */
        private float diffuse(int channel, float input) {
            float signal = input;
            float[][] buffers = diffusers[channel];
            int[] positions = diffuserPositions[channel];
            for (int i = 0; i < buffers.length; i++) {
                float[] buffer = buffers[i];
                int position = positions[i];
                float delayed = buffer[position];
                float output = delayed - DIFFUSION * signal;
                buffer[position] = flush(signal + DIFFUSION * output);
                positions[i] = position + 1 == buffer.length ? 0 : position + 1;
                signal = output;
            }
            return signal;
        }
    }
}
