package dev.codelive.audio.analysis;

import dev.codelive.audio.PcmAudio;

/**
 * A programme cut into 100 ms segments, each holding its K-weighted energy summed over the channels with their
 * BS.1770 weights. Gating blocks (400 ms) and short-term windows (3 s) are runs of consecutive segments, so that
 * blocks overlap by 75 % and windows slide by 100 ms, as BS.1770-4 and EBU Tech 3342 ask.
 */
final class WeightedSegments {
    private final double[] energy;
    private final int[] length;

    private WeightedSegments(double[] energy, int[] length) {
        this.energy = energy;
        this.length = length;
    }

    /** The complete 100 ms segments of the audio; a last, partial segment is left out, as it is from every block. */
    static WeightedSegments of(PcmAudio audio) {
        int rate = audio.sampleRate();
        int count = 0;
        while (boundary(count + 1, rate) <= audio.frames()) {
            count++;
        }
        double[] energy = new double[count];
        int[] length = new int[count];
        for (int s = 0; s < count; s++) {
            length[s] = (int) (boundary(s + 1, rate) - boundary(s, rate));
        }
        KWeightingFilter filter = new KWeightingFilter(rate);
        double[] weights = ChannelWeights.forChannelCount(audio.channelCount());
        for (int c = 0; c < audio.channelCount(); c++) {
            if (weights[c] == 0) {
                continue;
            }
            double[] weighted = filter.apply(audio.channel(c));
            for (int s = 0; s < count; s++) {
                double sum = 0;
                for (int i = (int) boundary(s, rate), end = (int) boundary(s + 1, rate); i < end; i++) {
                    sum += weighted[i] * weighted[i];
                }
                energy[s] += weights[c] * sum;
            }
        }
        return new WeightedSegments(energy, length);
    }

    /** First sample of segment {@code s}: segments start on the nearest sample to each tenth of a second. */
    private static long boundary(int s, int sampleRate) {
        return Math.round(s * (double) sampleRate / 10);
    }

    /**
     * The mean-square power (channel-weighted sum of the channels' mean squares) of every window of {@code span}
     * consecutive segments, sliding by one segment; empty when the programme is shorter than one window.
     */
    double[] windowPowers(int span) {
        int windows = Math.max(0, energy.length - span + 1);
        double[] powers = new double[windows];
        for (int w = 0; w < windows; w++) {
            double sum = 0;
            long samples = 0;
            for (int s = w; s < w + span; s++) {
                sum += energy[s];
                samples += length[s];
            }
            powers[w] = sum / samples;
        }
        return powers;
    }
}
