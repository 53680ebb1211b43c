package dev.codelive.foundry.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chord progressions by genre family, mode and mood, written as roman numerals of scale degrees. Every chord is
 * diatonic (its quality follows from the mode, whatever the numeral's case), except "V^": the dominant of a minor key
 * with its raised leading tone, used only in minor-key tables.
 */
final class Progressions {
    private static final Pattern NUMERAL = Pattern.compile("(?i)(vii|vi|iv|v|iii|ii|i)(\\^)?(7)?");

    /** Genres that share their harmony. */
    private enum Family { POP, CLUB, JAZZ, ROOTS, SCORE }

    private static final Map<Family, List<String>> MAJOR = Map.of(
            Family.POP, List.of("I V vi IV", "vi IV I V", "I vi IV V", "I IV vi V", "IV I V vi"),
            Family.CLUB, List.of("I V vi IV", "vi IV I V", "IV V iii vi", "I iii IV V"),
            Family.JAZZ, List.of("ii7 V7 I7 I7", "I7 vi7 ii7 V7", "iii7 vi7 ii7 V7", "I7 IV7 iii7 vi7"),
            Family.ROOTS, List.of("I IV V IV", "I V IV I", "I IV I V", "I vi IV V"),
            Family.SCORE, List.of("I V vi iii IV I IV V", "I vi IV V", "I iii vi IV", "IV I V vi"));
    private static final Map<Family, List<String>> MINOR = Map.of(
            Family.POP, List.of("i VI III VII", "i VII VI VII", "i iv VII III", "VI VII i i"),
            Family.CLUB, List.of("i VI III VII", "i VII VI VII", "VI VII i i", "i iv VI VII"),
            Family.JAZZ, List.of("i7 iv7 VII7 III7", "i7 VI7 ii7 V^7", "iv7 VII7 III7 VI7"),
            Family.ROOTS, List.of("i VII VI VII", "i VI VII i", "i iv v i"),
            Family.SCORE, List.of("i VI III VII", "i iv V^ i", "i VI iv V^", "i VII VI V^"));
    private static final Map<Mode, List<String>> MODAL = Map.of(
            Mode.DORIAN, List.of("i IV i IV", "i VII IV i", "i III IV i", "i v IV i"),
            Mode.PHRYGIAN, List.of("i II i II", "i II VII i", "i iv II i"),
            Mode.LYDIAN, List.of("I II I II", "I II vii I", "I II iii II"),
            Mode.MIXOLYDIAN, List.of("I VII IV I", "I IV VII IV", "I v IV I"));
    /** A first mood that names a progression of its own in the key's mode, instead of the genre's. */
    private static final Map<Mood, List<String>> MOOD_MAJOR = Map.of(
            Mood.HAPPY, List.of("I V vi IV", "I IV V IV", "I vi IV V"),
            Mood.ROMANTIC, List.of("I vi ii V", "I iii IV V", "IV V iii vi"),
            Mood.UPLIFTING, List.of("vi IV I V", "IV I V vi", "I V vi IV"),
            Mood.CALM, List.of("I IV I IV", "I iii IV I", "I vi IV I"));
    private static final Map<Mood, List<String>> MOOD_MINOR = Map.of(
            Mood.SAD, List.of("i VI III VII", "i iv VI V^", "VI iv i V^"),
            Mood.EPIC, List.of("i VI III VII", "VI VII i i", "i VII VI VII"),
            Mood.DARK, List.of("i iv i VI", "i VI iv V^", "i i VI VII"),
            Mood.MELANCHOLIC, List.of("i iv VII III", "i VI III VII", "iv i VII VI"));

    /** The progressions of a piece: one for verses (and intros, builds, outros), one for peaks, one for bridges. */
    record Choice(List<Chord> verse, List<Chord> chorus, List<Chord> bridge) {
        List<Chord> forSection(SectionKind kind) {
            return switch (kind) {
                case CHORUS, DROP, ENDING -> chorus;
                case BRIDGE, BREAKDOWN -> bridge;
                case INTRO, VERSE, BUILD, OUTRO -> verse;
            };
        }
    }

    private Progressions() {}

    static Choice choose(Genre genre, Key key, List<Mood> moods, SplittableRandom random) {
        List<String> table = table(genre, key.mode(), moods);
        int chorusIndex = random.nextInt(table.size());
        int verseIndex = table.size() == 1 ? 0 : (chorusIndex + 1 + random.nextInt(table.size() - 1)) % table.size();
        boolean sevenths = family(genre) == Family.JAZZ || moods.contains(Mood.CHILL);
        List<Chord> chorus = parse(table.get(chorusIndex), key.mode(), sevenths);
        List<Chord> verse = parse(table.get(verseIndex), key.mode(), sevenths);
        List<Chord> bridge = new ArrayList<>(chorus.subList(chorus.size() / 2, chorus.size()));
        bridge.addAll(chorus.subList(0, chorus.size() / 2));
        return new Choice(verse, chorus, bridge);
    }

    /** The chord before the final tonic: the cadence the genre and mode end on. */
    static Chord cadence(Genre genre, Key key) {
        Chord chord = switch (key.mode()) {
            case MAJOR -> family(genre) == Family.ROOTS || genre == Genre.AMBIENT ? Chord.triad(3) : Chord.triad(4);
            case MINOR -> family(genre) == Family.CLUB || family(genre) == Family.ROOTS
                    ? Chord.triad(6)
                    : new Chord(4, false, true);
            case DORIAN -> Chord.triad(3);
            case PHRYGIAN, LYDIAN -> Chord.triad(1);
            case MIXOLYDIAN -> Chord.triad(6);
        };
        return family(genre) == Family.JAZZ ? chord.withSeventh() : chord;
    }

    /** The tonic chord that ends every piece. */
    static Chord tonic(Genre genre) {
        return family(genre) == Family.JAZZ ? Chord.triad(0).withSeventh() : Chord.triad(0);
    }

    static List<Chord> parse(String numerals, Mode mode, boolean sevenths) {
        List<Chord> chords = new ArrayList<>();
        for (String numeral : numerals.split(" ")) {
            Matcher matcher = NUMERAL.matcher(numeral);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not a roman numeral: " + numeral);
            }
            int degree = degree(matcher.group(1));
            boolean raised = matcher.group(2) != null;
            if (raised && (degree != 4 || mode != Mode.MINOR)) {
                throw new IllegalArgumentException("only the minor key's V may raise its third: " + numeral);
            }
            chords.add(new Chord(degree, sevenths || matcher.group(3) != null, raised));
        }
        return chords;
    }

    private static List<String> table(Genre genre, Mode mode, List<Mood> moods) {
        if (!moods.isEmpty()) {
            Map<Mood, List<String>> byMood = mode == Mode.MAJOR ? MOOD_MAJOR : mode == Mode.MINOR ? MOOD_MINOR : Map.of();
            List<String> forMood = byMood.get(moods.getFirst());
            if (forMood != null) {
                return forMood;
            }
        }
        return switch (mode) {
            case MAJOR -> MAJOR.get(family(genre));
            case MINOR -> MINOR.get(family(genre));
            default -> MODAL.get(mode);
        };
    }

    private static Family family(Genre genre) {
        return switch (genre) {
            case POP -> Family.POP;
            case ELECTRONIC, HOUSE, TECHNO, TRANCE, DRUM_AND_BASS, TRAP -> Family.CLUB;
            case JAZZ, HIP_HOP, FUNK -> Family.JAZZ;
            case ROCK, FOLK, REGGAE -> Family.ROOTS;
            case AMBIENT, CINEMATIC, CLASSICAL -> Family.SCORE;
        };
    }

    private static int degree(String numeral) {
        return switch (numeral.toLowerCase(Locale.ROOT)) {
            case "i" -> 0;
            case "ii" -> 1;
            case "iii" -> 2;
            case "iv" -> 3;
            case "v" -> 4;
            case "vi" -> 5;
            default -> 6;
        };
    }
}
