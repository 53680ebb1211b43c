package dev.codelive.audio.synth;

import dev.codelive.audio.PcmAudio;
import dev.codelive.audio.dsp.Compressor;
import dev.codelive.audio.dsp.Db;
import dev.codelive.audio.dsp.DcBlocker;
import dev.codelive.audio.dsp.Pan;
import dev.codelive.audio.dsp.Reverb;
import dev.codelive.audio.score.Part;
import dev.codelive.audio.synth.voice.StereoBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mixing desk both renderers share: a part's dry sound becomes its stem (DC offset removed, gain, constant-power
 * pan, and its share of the reverb), the stems add up to the mix, and the mix goes through gentle bus compression. Every part uses the
 * same reverb settings; since the reverb is linear, running each part's send through its own copy is the same as one
 * shared reverb, and it lets each stem carry its own tail, so that the stems add up to the mix.
 */
final class MixBus {
    static final Reverb.Settings ROOM = new Reverb.Settings(0.025, 2.4, 0.55, 1, 0);
    static final Compressor.Settings BUS_COMPRESSION = new Compressor.Settings(-12, 2, 6, 0.02, 0.25, 0);

    private final int sampleRate;
    private final Compressor compressor;

    MixBus(int sampleRate) {
        this.sampleRate = sampleRate;
        this.compressor = new Compressor(BUS_COMPRESSION, sampleRate);
    }

    /** The part as it sits in the mix. The dry buffer is used up (scaled in place). */
    PcmAudio stem(Part part, StereoBuffer dry) {
        float[] left = dry.left();
        float[] right = dry.right();
        // Asymmetric waveforms (a kick's first half-cycle, a pulse) leave an offset that would eat headroom.
        new DcBlocker(sampleRate).processInPlace(left);
        new DcBlocker(sampleRate).processInPlace(right);
        Pan pan = Pan.constantPower(part.pan());
        float gain = (float) Db.toGain(part.gainDb());
        float leftGain = gain * (float) pan.left();
        float rightGain = gain * (float) pan.right();
        for (int n = 0; n < left.length; n++) {
            left[n] *= leftGain;
            right[n] *= rightGain;
        }
        if (part.reverbSend() > 0) {
            // dry 1 and wet = send: the stem plus the reverb of its send, in place, as the reverb is linear.
            new Reverb(ROOM.withLevels(part.reverbSend(), 1), sampleRate).process(left, right, left, right);
        }
        return new PcmAudio(sampleRate, new float[][] {left, right});
    }

    /** The stems (in the parts' order) summed, then bus-compressed. */
    RenderedScore mix(List<Part> parts, List<PcmAudio> stems, int frames) {
        float[] left = new float[frames];
        float[] right = new float[frames];
        Map<String, PcmAudio> byName = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            PcmAudio stem = stems.get(i);
            float[] stemLeft = stem.channel(0);
            float[] stemRight = stem.channel(1);
            for (int n = 0; n < frames; n++) {
                left[n] += stemLeft[n];
                right[n] += stemRight[n];
            }
            byName.put(parts.get(i).name(), stem);
        }
        float[][] mix = {left, right};
        compressor.processInPlace(mix);
        return new RenderedScore(new PcmAudio(sampleRate, mix), byName);
    }
}
