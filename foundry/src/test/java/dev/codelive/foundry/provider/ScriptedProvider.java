package dev.codelive.foundry.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provider that follows a script, one step per call (the last step repeats): for the chain's own rules, and as
 * the stand-in for {@code local}, which writes a real WAV file (the real local provider lives in the compose package).
 */
final class ScriptedProvider implements MusicProvider {

    /** What one call does. */
    interface Step {
        GeneratedMusic run(String provider, GenerationContext context) throws ProviderException;
    }

    private final String name;
    private final Optional<String> unavailable;
    private final List<Step> steps;
    private final List<GenerationContext> calls = new CopyOnWriteArrayList<>();

    ScriptedProvider(String name, Step... steps) {
        this(name, Optional.empty(), steps);
    }

    ScriptedProvider(String name, Optional<String> unavailable, Step... steps) {
        this.name = name;
        this.unavailable = unavailable;
        this.steps = List.of(steps);
    }

    /** Reports half-way, writes a short WAV into the attempt's directory, reports done. */
    static Step succeeds() {
        return (provider, context) -> {
            context.progress(0.5, provider + ": halfway");
            GeneratedMusic music = new GeneratedMusic(provider, TestAudio.writeWav(context.workDirectory().resolve(provider + ".wav"), 100),
                    Map.of(), Map.of("renderer", "test"));
            context.progress(1.0, provider + ": done");
            return music;
        };
    }

    static Step fails(ProviderException failure) {
        return (provider, context) -> {
            context.progress(0.5, provider + ": halfway");
            throw failure;
        };
    }

    int calls() {
        return calls.size();
    }

    List<GenerationContext> contexts() {
        return List.copyOf(calls);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> unavailableReason() {
        return unavailable;
    }

    @Override
    public GeneratedMusic generate(MusicRequest request, GenerationContext context) throws ProviderException {
        calls.add(context);
        return steps.get(Math.min(calls.size(), steps.size()) - 1).run(name, context);
    }
}
