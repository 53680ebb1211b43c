package dev.codelive.audio.io;

/** Checks the per-channel arrays handed to {@link AudioSource#read} and the stream writers. */
final class BlockShape {
    private BlockShape() {}

    /** The frames the block has room for; rejects a block of the wrong channel count or ragged lengths. */
    static int frames(float[][] block, int channels) {
        if (block.length != channels) {
            throw new IllegalArgumentException("expected " + channels + " channel arrays, got " + block.length);
        }
        int frames = block[0].length;
        if (frames == 0) {
            throw new IllegalArgumentException("a block must have room for at least one frame");
        }
        for (float[] channel : block) {
            if (channel.length != frames) {
                throw new IllegalArgumentException("every channel array must have the same length");
            }
        }
        return frames;
    }
}
