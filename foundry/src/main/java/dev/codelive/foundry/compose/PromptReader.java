package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Instrument;
import dev.codelive.foundry.compose.Meaning.GenreWord;
import dev.codelive.foundry.compose.Meaning.InstrumentWord;
import dev.codelive.foundry.compose.Meaning.ModeWord;
import dev.codelive.foundry.compose.Meaning.MoodWord;
import dev.codelive.foundry.compose.Meaning.Negation;
import dev.codelive.foundry.compose.Meaning.TempoWord;
import dev.codelive.foundry.compose.Meaning.VocalsWord;
import dev.codelive.foundry.provider.MusicRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Reads a prompt into a {@link MusicBrief}: genre, moods, tempo, key, instruments, length and vocals, with defaults
 * for whatever it does not say (docs/foundry-composer.md). Any text is accepted; words it does not know are ignored.
 */
public final class PromptReader {
    public static final double DEFAULT_SECONDS = 30;
    public static final double MIN_PROMPT_SECONDS = 5;
    public static final double MAX_PROMPT_SECONDS = 300;
    public static final Genre DEFAULT_GENRE = Genre.POP;

    /** Mixed into the seed so that the tonic does not follow the composer's own first random numbers. */
    private static final long TONIC_STREAM = 0x5eed_70_41c_0L;
    /** A negation covers a word this many words after it ("no more drums"). */
    private static final int NEGATION_REACH = 2;
    private static final double MIN_TEMPO_FACTOR = 0.6;
    private static final double MAX_TEMPO_FACTOR = 1.4;

    private final Vocabulary vocabulary;

    public PromptReader(Vocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    }

    public PromptReader() {
        this(Vocabulary.standard());
    }

    /** The brief of a request: its prompt, with the request's duration and vocals winning over the prompt's words. */
    public MusicBrief read(MusicRequest request) {
        return read(request.prompt(), request.seed())
                .withDurationSeconds(request.durationSeconds())
                .withVocals(request.hasVocals());
    }

    /**
     * The brief of a prompt alone.
     *
     * @param seed chooses the tonic when the prompt names no key
     */
    public MusicBrief read(String prompt, long seed) {
        Objects.requireNonNull(prompt, "prompt");
        StatedNumbers numbers = StatedNumbers.find(PromptText.normalize(prompt));
        Words words = new Words();
        List<String> tokens = PromptText.words(numbers.rest());
        int negatedUntil = -1;
        for (int i = 0; i < tokens.size(); ) {
            int length = longestMatchAt(tokens, i);
            if (length == 0) {
                i++;
                continue;
            }
            Meaning meaning = vocabulary.lookup(String.join(" ", tokens.subList(i, i + length))).orElseThrow();
            if (meaning instanceof Negation) {
                negatedUntil = i + length + NEGATION_REACH - 1;
            } else {
                words.apply(meaning, i <= negatedUntil);
                negatedUntil = -1;
            }
            i += length;
        }
        return words.brief(numbers, seed);
    }

    private int longestMatchAt(List<String> tokens, int start) {
        for (int length = Math.min(vocabulary.longestPhrase(), tokens.size() - start); length > 0; length--) {
            if (vocabulary.lookup(String.join(" ", tokens.subList(start, start + length))).isPresent()) {
                return length;
            }
        }
        return 0;
    }

    /** What the vocabulary's words said, gathered in prompt order. */
    private static final class Words {
        private Genre genre;
        private final List<Mood> moods = new ArrayList<>();
        private final List<Instrument> instruments = new ArrayList<>();
        private final List<Instrument> excluded = new ArrayList<>();
        private double tempoFactor = 1;
        private Mode mode;
        private Boolean vocals;

        void apply(Meaning meaning, boolean negated) {
            switch (meaning) {
                case GenreWord word when !negated && genre == null -> genre = word.genre();
                case MoodWord word when !negated && !moods.contains(word.mood()) -> moods.add(word.mood());
                case InstrumentWord word -> instrument(word.instrument(), negated);
                case TempoWord word when !negated -> tempoFactor *= word.factor();
                case ModeWord word when !negated && mode == null -> mode = word.mode();
                case VocalsWord word -> vocals = word.sing() && !negated;
                default -> { } // a negated genre, mood, tempo or mode word, or one already said: nothing to do
            }
        }

        private void instrument(Instrument instrument, boolean negated) {
            if (negated) {
                instruments.remove(instrument);
                if (!excluded.contains(instrument)) {
                    excluded.add(instrument);
                }
            } else if (!instruments.contains(instrument) && !excluded.contains(instrument)) {
                instruments.add(instrument);
            }
        }

        MusicBrief brief(StatedNumbers numbers, long seed) {
            Genre chosen = genre == null ? DEFAULT_GENRE : genre;
            double seconds = numbers.seconds().orElse(DEFAULT_SECONDS);
            seconds = Math.max(MIN_PROMPT_SECONDS, Math.min(MAX_PROMPT_SECONDS, seconds));
            double bpm = numbers.bpm().orElseGet(() -> defaultBpm(chosen));
            return new MusicBrief(chosen, moods, bpm, key(numbers, chosen, seed), instruments, excluded, seconds,
                    vocals != null && vocals);
        }

        private double defaultBpm(Genre chosen) {
            double factor = tempoFactor;
            for (Mood mood : moods) {
                factor *= mood.tempoFactor();
            }
            factor = Math.max(MIN_TEMPO_FACTOR, Math.min(MAX_TEMPO_FACTOR, factor));
            double bpm = Math.round(chosen.defaultBpm() * factor);
            return Math.max(MusicBrief.MIN_BPM, Math.min(MusicBrief.MAX_BPM, bpm));
        }

        private Key key(StatedNumbers numbers, Genre chosen, long seed) {
            if (numbers.key().isPresent()) {
                return numbers.key().get();
            }
            Mode chosenMode = mode;
            for (int i = 0; chosenMode == null && i < moods.size(); i++) {
                chosenMode = moods.get(i).mode().orElse(null);
            }
            if (chosenMode == null) {
                chosenMode = chosen.defaultMode();
            }
            return new Key(new SplittableRandom(seed ^ TONIC_STREAM).nextInt(12), chosenMode);
        }
    }
}
