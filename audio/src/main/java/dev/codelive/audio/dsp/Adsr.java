package dev.codelive.audio.dsp;

/**
 * An attack-decay-sustain-release envelope, one value per sample. The attack rises linearly from 0 to 1; the decay
 * and the release are exponential curves that land exactly on their target at their stated time (an analogue
 * envelope's shape, without its never-ending tail). {@link #release()} starts the release from wherever the envelope
 * is, so a note let go during its attack fades from that level, without a jump.
 */
public final class Adsr {
    /** How far an exponential segment falls in its time, in time constants: e^-5 leaves under 1 % of the step. */
    private static final double CURVE = 5;

    // Stages as ints rather than an enum: next() runs every sample of every note, and a switch on an enum costs a
    // table look-up more.
    private static final int ATTACK = 0;
    private static final int DECAY = 1;
    private static final int SUSTAIN = 2;
    private static final int RELEASE = 3;
    private static final int DONE = 4;

    /**
     * The envelope's settings.
     *
     * @param attackSeconds time from 0 to full level
     * @param decaySeconds time from full level down to the sustain level
     * @param sustainLevel the level held while the note is down, from 0 to 1
     * @param releaseSeconds time from the level at note-off down to 0
     */
    public record Shape(double attackSeconds, double decaySeconds, double sustainLevel, double releaseSeconds) {
        public Shape {
            if (!(attackSeconds >= 0) || !(decaySeconds >= 0) || !(releaseSeconds >= 0)
                    || Double.isInfinite(attackSeconds + decaySeconds + releaseSeconds)) {
                throw new IllegalArgumentException("envelope times must be finite and >= 0");
            }
            if (!(sustainLevel >= 0 && sustainLevel <= 1)) {
                throw new IllegalArgumentException("sustain level must be from 0 to 1, got " + sustainLevel);
            }
        }
    }

    private final int attackFrames;
    private final int decayFrames;
    private final int releaseFrames;
    private final double sustain;

    private int stage = ATTACK;
    private int position;
    private double level;
    private final Segment segment = new Segment();

    public Adsr(Shape shape, int sampleRate) {
        this.attackFrames = (int) Math.round(shape.attackSeconds() * sampleRate);
        this.decayFrames = (int) Math.round(shape.decaySeconds() * sampleRate);
        this.releaseFrames = (int) Math.round(shape.releaseSeconds() * sampleRate);
        this.sustain = shape.sustainLevel();
        if (attackFrames == 0) {
            enterDecay();
        }
    }

    /** The level at the current sample; then moves on by one sample. */
    public float next() {
        double current = level;
        advance();
        return (float) current;
    }

    /** The level at the current sample. */
    public double level() {
        return level;
    }

    /** Note-off: from now on, fall from the current level to 0 in the release time. */
    public void release() {
        if (stage == RELEASE || stage == DONE) {
            return;
        }
        if (releaseFrames == 0 || level == 0) {
            stage = DONE;
            level = 0;
            return;
        }
        stage = RELEASE;
        segment.start(level, 0, releaseFrames);
    }

    /** Whether the release has ended (the envelope stays at 0 from now on). */
    public boolean isFinished() {
        return stage == DONE;
    }

    private void advance() {
        if (stage == SUSTAIN || stage == DONE) {
            return;
        }
        if (stage == ATTACK) {
            position++;
            if (position >= attackFrames) {
                enterDecay();
            } else {
                level = (double) position / attackFrames;
            }
            return;
        }
        level = segment.next();
        if (segment.isOver()) {
            stage = stage == DECAY ? SUSTAIN : DONE;
        }
    }

    private void enterDecay() {
        level = 1;
        if (decayFrames == 0) {
            level = sustain;
            stage = SUSTAIN;
        } else {
            stage = DECAY;
            segment.start(1, sustain, decayFrames);
        }
    }

    /**
     * An exponential move from one level to another in a fixed number of samples: level = base + scale * w, where w
     * falls geometrically from 1 to e^-CURVE, and base and scale are chosen so that the ends are exact.
     */
    private static final class Segment {
        private double ratio;
        private double weight;
        private double base;
        private double scale;
        private double target;
        private int remaining;

        void start(double from, double to, int frames) {
            ratio = Math.exp(-CURVE / frames);
            double endWeight = Math.pow(ratio, frames);
            scale = (from - to) / (1 - endWeight);
            base = to - scale * endWeight;
            weight = 1;
            target = to;
            remaining = frames;
        }

        double next() {
            remaining--;
            if (remaining <= 0) {
                return target;
            }
            weight *= ratio;
            return base + scale * weight;
        }

        boolean isOver() {
            return remaining <= 0;
        }
    }
}
