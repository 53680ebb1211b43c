package dev.codelive.foundry.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A two-bar melodic idea: a rhythm and a contour (how many scale steps each note moves from the one before). The
 * pitches are only fixed against the chords where it is played, so a motif fits any progression.
 *
 * @param notes in order, each starting within the motif's eight beats
 */
record Motif(List<MotifNote> notes) {
    static final double BEATS = 8;

    /**
     * @param offset beats from the motif's start
     * @param beats how long
     * @param move scale steps from the previous note (the first note's is ignored: it lands on a chord tone)
     */
    record MotifNote(double offset, double beats, int move) {}

    /** How busy a line is: which rhythm cells it draws from. */
    enum Density { SPARSE, MEDIUM, BUSY }

    /** A cell of one or two beats: onsets and lengths in pairs. */
    private static final double[][] QUARTER = {{0, 1}};
    private static final double[][] EIGHTHS = {{0, 0.5}, {0.5, 0.5}};
    private static final double[][] OFFBEAT = {{0.5, 0.5}};
    private static final double[][] SIXTEENTHS_EIGHTH = {{0, 0.25}, {0.25, 0.25}, {0.5, 0.5}};
    private static final double[][] EIGHTH_SIXTEENTHS = {{0, 0.5}, {0.5, 0.25}, {0.75, 0.25}};
    private static final double[][] REST = {};
    private static final double[][] HALF = {{0, 2}};
    private static final double[][] DOTTED = {{0, 1.5}, {1.5, 0.5}};

    private static final int[] MOVES = {-3, -2, -1, 0, 1, 2, 3, 4};
    private static final int[] MOVE_WEIGHTS = {1, 2, 8, 2, 8, 4, 1, 1};

    static Motif invent(Density density, SplittableRandom random) {
        List<MotifNote> notes = new ArrayList<>();
        double beat = 0;
        int previousMove = 0;
        while (beat < BEATS) {
            double[][] cell = cell(density, BEATS - beat >= 2, random);
            for (double[] onset : cell) {
                int move = move(previousMove, random);
                notes.add(new MotifNote(beat + onset[0], onset[1], move));
                previousMove = move;
            }
            beat += cell == HALF || cell == DOTTED ? 2 : 1;
        }
        if (notes.isEmpty()) {
            notes.add(new MotifNote(0, 2, 0));
        }
        return new Motif(notes);
    }

    /** The same rhythm with one or two moves changed: how a motif comes back in a later section. */
    Motif varied(SplittableRandom random) {
        List<MotifNote> changed = new ArrayList<>(notes);
        int changes = 1 + random.nextInt(2);
        for (int i = 0; i < changes && changed.size() > 1; i++) {
            int index = 1 + random.nextInt(changed.size() - 1);
            MotifNote note = changed.get(index);
            changed.set(index, new MotifNote(note.offset(), note.beats(), move(0, random)));
        }
        return new Motif(changed);
    }

    private static double[][] cell(Density density, boolean roomForTwoBeats, SplittableRandom random) {
        double[][][] cells;
        int[] weights;
        switch (density) {
            case SPARSE -> {
                cells = new double[][][] {HALF, DOTTED, QUARTER, EIGHTHS, REST};
                weights = new int[] {4, 3, 3, 1, 1};
            }
            case MEDIUM -> {
                cells = new double[][][] {QUARTER, EIGHTHS, DOTTED, HALF, OFFBEAT, REST};
                weights = new int[] {3, 3, 2, 1, 1, 1};
            }
            default -> {
                cells = new double[][][] {EIGHTHS, QUARTER, SIXTEENTHS_EIGHTH, EIGHTH_SIXTEENTHS, DOTTED, OFFBEAT};
                weights = new int[] {4, 2, 1, 1, 2, 1};
            }
        }
        while (true) {
            double[][] cell = cells[pick(weights, random)];
            if (roomForTwoBeats || (cell != HALF && cell != DOTTED)) {
                return cell;
            }
        }
    }

    /** A step or small leap; after a leap, a step back the other way. */
    private static int move(int previous, SplittableRandom random) {
        if (Math.abs(previous) >= 3) {
            return -Integer.signum(previous);
        }
        return MOVES[pick(MOVE_WEIGHTS, random)];
    }

    private static int pick(int[] weights, SplittableRandom random) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
