package dev.codelive.foundry.provider;

import java.util.Optional;

/** A source of music for a prompt: the local composer, or a hosted model. */
public interface MusicProvider {

    /** Its name in {@code MUSIC_PROVIDER}, the API and metrics: {@code local}, {@code fal}, {@code replicate}. */
    String name();

    /** Why it cannot be used here (e.g. no API key), or empty when it can. An unusable provider is skipped in the chain. */
    Optional<String> unavailableReason();

    /**
     * Makes the music.
     *
     * @throws ProviderException saying whether to retry this provider, fall back to the next, or fail the job
     */
    GeneratedMusic generate(MusicRequest request, GenerationContext context) throws ProviderException;
}
