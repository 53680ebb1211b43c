package dev.codelive.foundry.compose;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length, tempo and key a normalised prompt states, and the rest of its words (what was read here is taken out,
 * so that "beats per minute" does not also ask for drums).
 *
 * @param seconds the length asked for, as written (not yet clamped)
 * @param bpm the tempo asked for, brought into the composer's range by octaves (300 bpm is read as 150)
 * @param key the key named
 * @param rest the words left for the vocabulary
 */
record StatedNumbers(OptionalDouble seconds, OptionalDouble bpm, Optional<Key> key, String rest) {
    private static final String NUMBER = "(?<![\\d.:])(\\d{1,4}(?:\\.\\d{1,2})?)(?![\\d.:])";
    private static final String SECONDS_UNIT = "(?:seconds|second|secs|sec|s)\\b";
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d.:])(\\d{1,2}):([0-5]\\d)(?![\\d.:])");
    private static final Pattern MINUTES = Pattern.compile(
            NUMBER + " (?:minutes|minute|mins|min|m)\\b(?: (?:and )?(\\d{1,2}) " + SECONDS_UNIT + ")?");
    private static final Pattern SECONDS = Pattern.compile(NUMBER + " " + SECONDS_UNIT);
    private static final Pattern MINUTE_WORDS =
            Pattern.compile("\\b(half a|an|a|one|two|three|four|five) (?:minutes|minute)\\b");
    private static final Pattern BPM_AFTER = Pattern.compile(NUMBER + " (?:bpm|beats per minute)\\b");
    private static final Pattern BPM_BEFORE = Pattern.compile("\\b(?:bpm|tempo)(?: of| at| is)? " + NUMBER);
    private static final Pattern KEY_WITH_MODE = Pattern.compile(
            "\\b([a-g])(#| sharp| flat|b)? ?(major|minor|maj|min|dorian|phrygian|lydian|mixolydian|aeolian|ionian)\\b");
    private static final Pattern KEY_SHORT = Pattern.compile("\\b(?:in|key of|key) ([a-g])(#|b)?(m)?(?![\\w#])");
    private static final int[] LETTER_PITCH = {9, 11, 0, 2, 4, 5, 7}; // a b c d e f g

    static StatedNumbers find(String normalized) {
        StringBuilder text = new StringBuilder(normalized);
        OptionalDouble seconds = length(text);
        OptionalDouble bpm = tempo(text);
        Optional<Key> key = key(text);
        return new StatedNumbers(seconds, bpm, key, text.toString().replaceAll(" +", " ").strip());
    }

    private static OptionalDouble length(StringBuilder text) {
        String[] clock = take(CLOCK, text);
        if (clock != null) {
            return OptionalDouble.of(Integer.parseInt(clock[1]) * 60 + Integer.parseInt(clock[2]));
        }
        String[] minutes = take(MINUTES, text);
        if (minutes != null) {
            double extra = minutes[2] == null ? 0 : Integer.parseInt(minutes[2]);
            return OptionalDouble.of(Double.parseDouble(minutes[1]) * 60 + extra);
        }
        String[] secondsMatch = take(SECONDS, text);
        if (secondsMatch != null) {
            return OptionalDouble.of(Double.parseDouble(secondsMatch[1]));
        }
        String[] words = take(MINUTE_WORDS, text);
        if (words != null) {
            return OptionalDouble.of(switch (words[1]) {
                case "half a" -> 30;
                case "two" -> 120;
                case "three" -> 180;
                case "four" -> 240;
                case "five" -> 300;
                default -> 60;
            });
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble tempo(StringBuilder text) {
        String[] match = take(BPM_AFTER, text);
        if (match == null) {
            match = take(BPM_BEFORE, text);
        }
        if (match == null) {
            return OptionalDouble.empty();
        }
        double bpm = Double.parseDouble(match[1]);
        if (bpm < 1) {
            return OptionalDouble.empty();
        }
        while (bpm > MusicBrief.MAX_BPM) {
            bpm /= 2;
        }
        while (bpm < MusicBrief.MIN_BPM) {
            bpm *= 2;
        }
        return OptionalDouble.of(bpm);
    }

    private static Optional<Key> key(StringBuilder text) {
        String[] full = take(KEY_WITH_MODE, text);
        if (full != null) {
            return Optional.of(new Key(tonic(full[1], full[2]), mode(full[3])));
        }
        Matcher shortForm = KEY_SHORT.matcher(text);
        while (shortForm.find()) {
            boolean minor = shortForm.group(3) != null;
            // "in a" is the article far more often than the key of A major
            if (shortForm.group(1).equals("a") && shortForm.group(2) == null && !minor) {
                continue;
            }
            Key key = new Key(tonic(shortForm.group(1), shortForm.group(2)), minor ? Mode.MINOR : Mode.MAJOR);
            blank(text, shortForm);
            return Optional.of(key);
        }
        return Optional.empty();
    }

    private static int tonic(String letter, String accidental) {
        int pitch = LETTER_PITCH[letter.charAt(0) - 'a'];
        if (accidental == null) {
            return pitch;
        }
        return Math.floorMod(pitch + (accidental.equals("#") || accidental.equals(" sharp") ? 1 : -1), 12);
    }

    private static Mode mode(String word) {
        return switch (word) {
            case "minor", "min", "aeolian" -> Mode.MINOR;
            case "dorian" -> Mode.DORIAN;
            case "phrygian" -> Mode.PHRYGIAN;
            case "lydian" -> Mode.LYDIAN;
            case "mixolydian" -> Mode.MIXOLYDIAN;
            default -> Mode.MAJOR;
        };
    }

    /** Finds the first match and blanks it out of the text: its groups (group(0) first), or null. */
    private static String[] take(Pattern pattern, StringBuilder text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        String[] groups = groups(matcher);
        blank(text, matcher);
        return groups;
    }

    private static String[] groups(Matcher matcher) {
        String[] groups = new String[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.group(i);
        }
        return groups;
    }

    private static void blank(StringBuilder text, Matcher matcher) {
        for (int i = matcher.start(); i < matcher.end(); i++) {
            text.setCharAt(i, ' ');
        }
    }
}
