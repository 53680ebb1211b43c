package dev.codelive.audio.io;

/** Counts the frames a source hands out and stops it at the duration limit, whatever its headers claimed. */
final class FrameBudget {
    private final long maxFrames;
    private final DecodeLimits limits;
    private final ContainerFormat format;
    private long delivered;

    FrameBudget(DecodeLimits limits, AudioInfo info) {
        this.limits = limits;
        this.format = info.format();
        this.maxFrames = limits.maxFrames(info.sampleRate());
    }

    void spend(int frames) {
        delivered += frames;
        if (delivered > maxFrames) {
            throw limits.tooLong(format);
        }
    }
}
