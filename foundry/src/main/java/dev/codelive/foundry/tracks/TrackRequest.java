package dev.codelive.foundry.tracks;

import java.util.Optional;

/**
 * What a user asked for, validated.
 *
 * @param durationSeconds the length, from the request, else the prompt, else the policy's default
 * @param seed the seed, from the request or drawn at random; stored so the track can be made again
 * @param provider the provider the request named, if any
 */
public record TrackRequest(String prompt, double durationSeconds, boolean hasVocals, long seed, Optional<String> provider) {}
