package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Instrument;
import dev.codelive.foundry.compose.Meaning.GenreWord;
import dev.codelive.foundry.compose.Meaning.InstrumentWord;
import dev.codelive.foundry.compose.Meaning.ModeWord;
import dev.codelive.foundry.compose.Meaning.MoodWord;
import dev.codelive.foundry.compose.Meaning.Negation;
import dev.codelive.foundry.compose.Meaning.TempoWord;
import dev.codelive.foundry.compose.Meaning.VocalsWord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every word and phrase the {@link PromptReader} understands, as it appears after normalising (lower case, accents
 * and punctuation removed, "&" read as "and"). docs/foundry-composer.md lists the same words; a test keeps them equal.
 */
public final class Vocabulary {

    private final Map<String, Meaning> entries;
    private final int longestPhrase;

    private Vocabulary(Map<String, Meaning> entries) {
        this.entries = Map.copyOf(entries);
        this.longestPhrase = entries.keySet().stream().mapToInt(phrase -> phrase.split(" ").length).max().orElse(1);
    }

    /** The composer's vocabulary. */
    public static Vocabulary standard() {
        Map<String, Meaning> words = new LinkedHashMap<>();
        genres(words);
        moods(words);
        instruments(words);
        tempos(words);
        modes(words);
        vocals(words);
        put(words, new Negation(), "no", "without", "minus", "not");
        return new Vocabulary(words);
    }

    /** The meaning of a normalised phrase of one or more words, if it has one. */
    public Optional<Meaning> lookup(String phrase) {
        return Optional.ofNullable(entries.get(phrase));
    }

    /** How many words the longest phrase has. */
    public int longestPhrase() {
        return longestPhrase;
    }

    /** Every phrase with its meaning. */
    public Map<String, Meaning> entries() {
        return entries;
    }

    private static void genres(Map<String, Meaning> words) {
        genre(words, Genre.AMBIENT, "ambient", "atmospheric", "drone", "soundscape", "new age", "chillout");
        genre(words, Genre.ELECTRONIC, "electronic", "electronica", "edm", "electro", "idm", "synthwave", "synthpop",
                "synth pop", "dance");
        genre(words, Genre.HOUSE, "house", "deep house", "disco");
        genre(words, Genre.TECHNO, "techno", "industrial");
        genre(words, Genre.TRANCE, "trance", "psytrance");
        genre(words, Genre.DRUM_AND_BASS, "drum and bass", "drum n bass", "drumandbass", "dnb", "d and b", "jungle");
        genre(words, Genre.HIP_HOP, "hip hop", "hiphop", "rap", "lofi", "lo fi", "boom bap", "chillhop");
        genre(words, Genre.TRAP, "trap");
        genre(words, Genre.POP, "pop", "k pop", "kpop");
        genre(words, Genre.ROCK, "rock", "punk", "metal", "grunge", "indie", "alternative");
        genre(words, Genre.JAZZ, "jazz", "bebop", "swing", "bossa nova", "blues");
        genre(words, Genre.FUNK, "funk", "funky", "soul", "rnb", "r and b");
        genre(words, Genre.CINEMATIC, "cinematic", "orchestral", "film", "movie", "soundtrack", "trailer");
        genre(words, Genre.CLASSICAL, "classical", "solo piano", "piano solo", "baroque", "sonata", "nocturne");
        genre(words, Genre.FOLK, "folk", "acoustic", "country", "americana", "celtic", "singer songwriter");
        genre(words, Genre.REGGAE, "reggae", "dub", "ska");
    }

    private static void moods(Map<String, Meaning> words) {
        mood(words, Mood.HAPPY, "happy", "joyful", "cheerful", "bright", "fun", "playful", "sunny");
        mood(words, Mood.SAD, "sad", "sorrowful", "heartbroken", "lonely", "gloomy", "somber", "sombre");
        mood(words, Mood.DARK, "dark", "sinister", "ominous", "eerie", "gritty");
        mood(words, Mood.CALM, "calm", "peaceful", "relaxing", "serene", "gentle", "soft", "quiet", "tranquil",
                "meditative", "soothing");
        mood(words, Mood.ENERGETIC, "energetic", "upbeat", "driving", "powerful", "intense", "hype", "pumping",
                "lively");
        mood(words, Mood.EPIC, "epic", "heroic", "grand", "majestic", "triumphant");
        mood(words, Mood.DREAMY, "dreamy", "ethereal", "floating", "hazy", "spacey", "celestial");
        mood(words, Mood.TENSE, "tense", "suspense", "suspenseful", "anxious", "nervous", "thriller");
        mood(words, Mood.ROMANTIC, "romantic", "love", "tender", "warm", "intimate", "sensual");
        mood(words, Mood.MELANCHOLIC, "melancholic", "melancholy", "bittersweet", "wistful", "reflective", "pensive");
        mood(words, Mood.UPLIFTING, "uplifting", "hopeful", "inspiring", "euphoric", "anthemic", "positive",
                "optimistic");
        mood(words, Mood.MYSTERIOUS, "mysterious", "mystical", "magical", "enigmatic", "haunting");
        mood(words, Mood.AGGRESSIVE, "aggressive", "angry", "heavy", "hard", "brutal", "fierce");
        mood(words, Mood.NOSTALGIC, "nostalgic", "retro", "vintage", "50s", "60s", "70s", "80s", "90s", "1950s",
                "1960s", "1970s", "1980s", "1990s");
        mood(words, Mood.CHILL, "chill", "chilled", "relaxed", "laid back", "mellow", "lazy", "smooth");
        mood(words, Mood.GROOVY, "groovy", "bouncy");
    }

    private static void instruments(Map<String, Meaning> words) {
        instrument(words, Instrument.DRUM_KIT, "drums", "drum", "drum kit", "percussion", "beat", "beats");
        instrument(words, Instrument.BASS, "bass", "bass guitar", "electric bass", "bassline", "upright bass",
                "double bass");
        instrument(words, Instrument.SYNTH_BASS, "synth bass", "sub bass", "sub", "808", "808s", "reese");
        instrument(words, Instrument.PIANO, "piano", "grand piano", "keys");
        instrument(words, Instrument.ELECTRIC_PIANO, "electric piano", "rhodes", "wurlitzer", "e piano", "epiano");
        instrument(words, Instrument.ORGAN, "organ", "hammond");
        instrument(words, Instrument.GUITAR, "guitar", "guitars", "acoustic guitar", "electric guitar",
                "nylon guitar", "ukulele");
        instrument(words, Instrument.PLUCK, "pluck", "plucks", "harp", "arp", "arpeggio", "arpeggios", "mandolin",
                "banjo");
        instrument(words, Instrument.STRINGS, "strings", "string", "violin", "violins", "viola", "cello", "cellos",
                "orchestra", "fiddle");
        instrument(words, Instrument.PAD, "pad", "pads", "synth pad", "synth pads");
        instrument(words, Instrument.LEAD, "lead", "synth", "synths", "synthesizer", "synth lead", "flute",
                "saxophone", "sax", "trumpet");
        instrument(words, Instrument.BELL, "bells", "bell", "chimes", "glockenspiel", "celesta", "music box",
                "vibraphone", "marimba", "kalimba");
    }

    private static void tempos(Map<String, Meaning> words) {
        put(words, new TempoWord(0.7), "very slow");
        put(words, new TempoWord(0.8), "slow", "downtempo", "ballad");
        put(words, new TempoWord(1.0), "medium", "moderate", "mid tempo", "midtempo");
        put(words, new TempoWord(1.15), "fast", "quick", "uptempo", "up tempo");
        put(words, new TempoWord(1.3), "very fast");
    }

    private static void modes(Map<String, Meaning> words) {
        put(words, new ModeWord(Mode.MAJOR), "major", "ionian");
        put(words, new ModeWord(Mode.MINOR), "minor", "aeolian");
        put(words, new ModeWord(Mode.DORIAN), "dorian");
        put(words, new ModeWord(Mode.PHRYGIAN), "phrygian");
        put(words, new ModeWord(Mode.LYDIAN), "lydian");
        put(words, new ModeWord(Mode.MIXOLYDIAN), "mixolydian");
    }

    private static void vocals(Map<String, Meaning> words) {
        put(words, new VocalsWord(true), "vocals", "vocal", "voice", "voices", "singing", "singer", "sung", "sing",
                "choir", "chorus vocals", "vocalist", "with vocals");
        put(words, new VocalsWord(false), "instrumental", "no vocals", "without vocals");
    }

    private static void genre(Map<String, Meaning> words, Genre genre, String... phrases) {
        put(words, new GenreWord(genre), phrases);
    }

    private static void mood(Map<String, Meaning> words, Mood mood, String... phrases) {
        put(words, new MoodWord(mood), phrases);
    }

    private static void instrument(Map<String, Meaning> words, Instrument instrument, String... phrases) {
        put(words, new InstrumentWord(instrument), phrases);
    }

    private static void put(Map<String, Meaning> words, Meaning meaning, String... phrases) {
        for (String phrase : phrases) {
            if (words.putIfAbsent(phrase, meaning) != null) {
                throw new IllegalStateException("the vocabulary has two meanings for " + phrase);
            }
        }
    }
}
