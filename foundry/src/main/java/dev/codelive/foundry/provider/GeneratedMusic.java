package dev.codelive.foundry.provider;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a provider made, as files in the job's work directory (hosted outputs are downloaded at once: their URLs expire).
 *
 * @param provider the provider's name, e.g. {@code local}, {@code replicate}
 * @param audio the track: WAV, FLAC, MP3 or Ogg Vorbis (the audio module decodes all four)
 * @param stems each part alone, by stem name (empty when the provider gives none)
 * @param details facts worth keeping with the track, e.g. {@code model}, {@code prediction_id}, {@code renderer}; no secrets
 */
public record GeneratedMusic(String provider, Path audio, Map<String, Path> stems, Map<String, String> details) {
    public GeneratedMusic {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(audio, "audio");
        stems = Map.copyOf(stems);
        details = Map.copyOf(details);
    }
}
