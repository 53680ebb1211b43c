package dev.codelive.audio.dsp;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * Several FIR filters of one length run over the same signal by FFT convolution (overlap-save): one forward
 * transform per block, one inverse per filter. Filter f gives {@code y[n] = sum_j taps[f][j] * x[n - before + j]},
 * the signal counting as silent beyond its ends. Immutable and shareable; the work is done by a {@link Worker}, one
 * per thread.
 */
final class FirBank {
    private static final int FFT_SIZE = 2048;

    /** Receives the filters' outputs block by block: values[f][i] is filter f at frame first + i, i < count. */
    interface BlockSink {
        void accept(int first, int count, float[][] values);
    }

    private final int length;
    private final int before;
    private final float[][] spectra;

    FirBank(float[][] taps, int before) {
        this.length = taps[0].length;
        if (length > FFT_SIZE / 4) {
            throw new IllegalArgumentException("filters longer than " + FFT_SIZE / 4 + " taps need a larger FFT");
        }
        this.before = before;
        this.spectra = new float[taps.length][];
        FloatFFT_1D fft = new FloatFFT_1D(FFT_SIZE);
        for (int f = 0; f < taps.length; f++) {
            if (taps[f].length != length) {
                throw new IllegalArgumentException("every filter of a bank has the same length");
            }
            // Convolution runs the taps backwards: c[m] = taps[length - 1 - m].
            float[] spectrum = new float[FFT_SIZE];
            for (int m = 0; m < length; m++) {
                spectrum[m] = taps[f][length - 1 - m];
            }
            fft.realForward(spectrum);
            spectra[f] = spectrum;
        }
    }

    /** The first filter over the whole signal. */
    float[] applyFirst(float[] signal) {
        float[] out = new float[signal.length];
        worker().apply(signal, 0, signal.length, (first, count, values) -> System.arraycopy(values[0], 0, out, first, count));
        return out;
    }

    /** A transform and buffers for one thread, to reuse over many calls. */
    Worker worker() {
        return new Worker();
    }

    /** Runs the bank with a transform plan and buffers of its own; one thread at a time. */
    final class Worker {
        private final FloatFFT_1D fft = new FloatFFT_1D(FFT_SIZE);
        private final float[] block = new float[FFT_SIZE];
        private final float[][] values = new float[spectra.length][FFT_SIZE];

        /** Runs every filter for the frames from (inclusive) to to (exclusive), handing results over block by block. */
        void apply(float[] signal, int from, int to, BlockSink sink) {
            int frames = signal.length;
            int hop = FFT_SIZE - length + 1;
            int after = length - 1 - before;
            // z[t] = sum_m c[m] x[t - m] is the causal convolution; y[n] = z[n + after]. A block yields z for
            // t = segmentStart + length - 1 .. segmentStart + FFT_SIZE - 1, that is y for n = blockFirst .. + hop - 1.
            for (int blockFirst = from; blockFirst < to; blockFirst += hop) {
                int segmentStart = blockFirst + after - length + 1;
                for (int i = 0; i < FFT_SIZE; i++) {
                    int source = segmentStart + i;
                    block[i] = source >= 0 && source < frames ? signal[source] : 0f;
                }
                fft.realForward(block);
                int count = Math.min(hop, to - blockFirst);
                for (int f = 0; f < spectra.length; f++) {
                    float[] product = values[f];
                    multiply(block, spectra[f], product);
                    fft.realInverse(product, true);
                    System.arraycopy(product, length - 1, product, 0, count);
                }
                sink.accept(blockFirst, count, values);
            }
        }
    }

    /** Complex product of two spectra in JTransforms' packed real layout (re0, re[N/2], then re/im pairs). */
    private static void multiply(float[] a, float[] b, float[] out) {
        out[0] = a[0] * b[0];
        out[1] = a[1] * b[1];
        for (int k = 2; k < FFT_SIZE; k += 2) {
            float re = a[k] * b[k] - a[k + 1] * b[k + 1];
            float im = a[k] * b[k + 1] + a[k + 1] * b[k];
            out[k] = re;
            out[k + 1] = im;
        }
    }
}
