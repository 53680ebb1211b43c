package dev.codelive.audio.synth;

import dev.codelive.audio.PcmAudio;
import java.util.Map;

/**
 * A score played: the mix and each part alone.
 *
 * @param mix every part together, through the shared effects (reverb, bus compression), not yet mastered
 * @param stems each part by its name, as it sits in the mix (its gain, pan and reverb send applied)
 */
public record RenderedScore(PcmAudio mix, Map<String, PcmAudio> stems) {
    public RenderedScore {
        stems = Map.copyOf(stems);
    }
}
