package dev.codelive.foundry;

import dev.codelive.foundry.provider.ProviderPolicy;
import dev.codelive.platform.config.ConfigException;
import dev.codelive.platform.config.Validate;

/**
 * SoundFoundry's section of {@code config/policy.yml} ({@code modules.foundry}). The README ("Configuration")
 * describes each key.
 *
 * @param credits what tracks cost and what a new user is given
 * @param tracks what a track request may ask for, and how its job runs
 * @param sweepIntervalSeconds how often unfinished tracks are checked against their jobs (enqueue lost, job ended)
 * @param providers deadlines, polling and retries of the hosted providers
 */
public record FoundryPolicy(Credits credits, Tracks tracks, int sweepIntervalSeconds, ProviderPolicy providers) {
    public static final String SECTION = "foundry";

    public FoundryPolicy {
        Validate.present("modules.foundry.credits", credits);
        Validate.present("modules.foundry.tracks", tracks);
        Validate.present("modules.foundry.providers", providers);
        Validate.range("modules.foundry.sweep_interval_seconds", sweepIntervalSeconds, 1, 3600);
    }

    /**
     * @param signupGrant credits a user starts with, granted when they first use SoundFoundry
     * @param perSecond credits one second of requested audio costs
     */
    public record Credits(long signupGrant, long perSecond) {
        public Credits {
            Validate.range("modules.foundry.credits.signup_grant", signupGrant, 0, 1_000_000_000);
            Validate.range("modules.foundry.credits.per_second", perSecond, 0, 1_000_000);
        }

        /** The price of a track of {@code seconds}, rounded up to a whole second. */
        public long cost(double seconds) {
            return (long) Math.ceil(seconds) * perSecond;
        }
    }

    /**
     * @param minDurationS shortest track, seconds
     * @param maxDurationS longest track, seconds
     * @param maxPromptChars longest prompt
     * @param sampleRate the rate tracks are stored at
     * @param jobAttempts attempts of a track's job before it fails (each attempt walks the whole provider chain)
     */
    public record Tracks(int minDurationS, int maxDurationS, int maxPromptChars, int sampleRate, int jobAttempts) {
        public Tracks {
            Validate.range("modules.foundry.tracks.min_duration_s", minDurationS, 1, 3600);
            Validate.range("modules.foundry.tracks.max_duration_s", maxDurationS, 1, 3600);
            Validate.range("modules.foundry.tracks.max_prompt_chars", maxPromptChars, 10, 10_000);
            Validate.range("modules.foundry.tracks.sample_rate", sampleRate, 8000, 192_000);
            Validate.range("modules.foundry.tracks.job_attempts", jobAttempts, 1, 20);
            if (minDurationS > maxDurationS) {
                throw new ConfigException("policy modules.foundry.tracks", "needs min_duration_s <= max_duration_s");
            }
        }
    }
}
