package dev.codelive.bench;

/** One way of rendering a song in the {@code foundry-render} comparison; fluidsynth is the reference. */
enum RenderVariant {
    FLUIDSYNTH("fluidsynth, fresh process", true),
    FRESH_SOUNDFONT("ours (soundfont), fresh JVM", true),
    FRESH_BUILTIN("ours (built-in), fresh JVM", true),
    WARM_SOUNDFONT("ours (soundfont), warm JVM", false),
    WARM_BUILTIN("ours (built-in), warm JVM", false);

    private final String label;
    private final boolean freshProcess;

    RenderVariant(String label, boolean freshProcess) {
        this.label = label;
        this.freshProcess = freshProcess;
    }

    String label() {
        return label;
    }

    /** A process of its own per render, whose peak memory GNU time measures; else a render inside the bench's JVM. */
    boolean freshProcess() {
        return freshProcess;
    }

    boolean reference() {
        return this == FLUIDSYNTH;
    }
}
