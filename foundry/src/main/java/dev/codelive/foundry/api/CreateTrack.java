package dev.codelive.foundry.api;

/**
 * The body of {@code POST /api/tracks}.
 *
 * @param durationS seconds; absent: what the prompt says, else the composer's default
 * @param seed any integer from 0 to 2^53 - 1 (exact in JavaScript); absent: drawn at random
 * @param provider the provider to try first
 */
record CreateTrack(String prompt, Double durationS, Boolean hasVocals, Long seed, String provider) {}
