package dev.codelive.foundry.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatNoException;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromptReaderTest {
    private final PromptReader reader = new PromptReader();

    @Test
    void readsTheIssueExample() {
        MusicBrief brief = reader.read("ambient electronic track, 30 s, no vocals", 1);

        assertThat(brief.genre()).isEqualTo(Genre.AMBIENT);
        assertThat(brief.durationSeconds()).isEqualTo(30);
        assertThat(brief.vocals()).isFalse();
        assertThat(brief.bpm()).isEqualTo(Genre.AMBIENT.defaultBpm());
    }

    @Test
    void readsTempoKeyMoodAndInstrument() {
        MusicBrief brief = reader.read("Upbeat house at 124 BPM in A minor with piano", 1);

        assertThat(brief.genre()).isEqualTo(Genre.HOUSE);
        assertThat(brief.bpm()).isEqualTo(124);
        assertThat(brief.key()).isEqualTo(new Key(9, Mode.MINOR));
        assertThat(brief.moods()).containsExactly(Mood.ENERGETIC);
        assertThat(brief.instruments()).containsExactly(Instrument.PIANO);
    }

    @Test
    void aSadBalladIsSlowMinorAndSings() {
        MusicBrief brief = reader.read("sad piano ballad with strings and vocals", 1);

        assertThat(brief.genre()).isEqualTo(PromptReader.DEFAULT_GENRE);
        assertThat(brief.moods()).containsExactly(Mood.SAD);
        assertThat(brief.key().mode()).isEqualTo(Mode.MINOR);
        assertThat(brief.instruments()).containsExactly(Instrument.PIANO, Instrument.STRINGS);
        assertThat(brief.vocals()).isTrue();
        assertThat(brief.bpm()).isLessThan(PromptReader.DEFAULT_GENRE.defaultBpm() * 0.75);
    }

    @Test
    void drumAndBassIsAGenreNotTwoInstruments() {
        MusicBrief brief = reader.read("drum and bass 174 bpm", 1);

        assertThat(brief.genre()).isEqualTo(Genre.DRUM_AND_BASS);
        assertThat(brief.bpm()).isEqualTo(174);
        assertThat(brief.instruments()).isEmpty();
    }

    @Test
    void everyPhraseOfTheVocabularyReadAloneMeansWhatItSays() {
        Vocabulary vocabulary = Vocabulary.standard();
        for (Map.Entry<String, Meaning> entry : vocabulary.entries().entrySet()) {
            MusicBrief brief = reader.read(entry.getKey(), 3);
            switch (entry.getValue()) {
                case GenreWord word -> assertThat(brief.genre()).as(entry.getKey()).isEqualTo(word.genre());
                case MoodWord word -> assertThat(brief.moods()).as(entry.getKey()).containsExactly(word.mood());
                case InstrumentWord word ->
                        assertThat(brief.instruments()).as(entry.getKey()).containsExactly(word.instrument());
                case ModeWord word -> assertThat(brief.key().mode()).as(entry.getKey()).isEqualTo(word.mode());
                case VocalsWord word -> assertThat(brief.vocals()).as(entry.getKey()).isEqualTo(word.sing());
                case TempoWord word -> assertThat(brief.bpm()).as(entry.getKey())
                        .isEqualTo(Math.round(PromptReader.DEFAULT_GENRE.defaultBpm() * word.factor()));
                case Negation negation -> assertThat(brief).as(entry.getKey()).isEqualTo(reader.read("", 3));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "30 s | 30", "2 minutes | 120", "1:30 | 90", "90 seconds long | 90", "1.5 min | 90", "2m30s | 150",
        "2 min 15 sec | 135", "half a minute | 30", "a minute of jazz | 60", "three minutes | 180",
        "10 minutes | 300", "1 s | 5", "no length at all | 30", "80s synthwave | 30"})
    void readsLengths(String prompt, double seconds) {
        assertThat(reader.read(prompt, 1).durationSeconds()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "house 120 bpm | 120", "house 120bpm | 120", "house bpm 90 | 90", "house at tempo of 100 | 100",
        "house 300 bpm | 150", "house 20 bpm | 80", "house 0 bpm | 124", "house 99999 bpm | 124",
        "house 128.5 bpm | 128.5", "house 120 beats per minute | 120"})
    void readsTempos(String prompt, double bpm) {
        assertThat(reader.read(prompt, 1).bpm()).isEqualTo(bpm);
    }

    @Test
    void tempoWordsAndMoodsMoveTheGenreTempo() {
        assertThat(reader.read("slow jazz", 1).bpm()).isLessThan(Genre.JAZZ.defaultBpm());
        assertThat(reader.read("fast jazz", 1).bpm()).isGreaterThan(Genre.JAZZ.defaultBpm());
        assertThat(reader.read("calm jazz", 1).bpm()).isLessThan(Genre.JAZZ.defaultBpm());
        assertThat(reader.read("very very very slow very slow jazz", 1).bpm()).isGreaterThanOrEqualTo(MusicBrief.MIN_BPM);
    }

    @Test
    void theWordsOfATempoAreNotAlsoReadAsDrums() {
        assertThat(reader.read("pop at 120 beats per minute", 1).instruments()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "in D minor | 2 | MINOR", "F# major | 6 | MAJOR", "Bb minor | 10 | MINOR", "b flat minor | 10 | MINOR",
        "C sharp dorian | 1 | DORIAN", "in Am | 9 | MINOR", "key of E | 4 | MAJOR", "in c | 0 | MAJOR",
        "e minor | 4 | MINOR", "F\u266f minor | 6 | MINOR", "B\u266d major | 10 | MAJOR", "in g mixolydian | 7 | MIXOLYDIAN",
        "ab lydian | 8 | LYDIAN", "d phrygian | 2 | PHRYGIAN"})
    void readsKeys(String prompt, int tonic, Mode mode) {
        assertThat(reader.read(prompt, 1).key()).isEqualTo(new Key(tonic, mode));
    }

    @Test
    void theArticleAIsNotTheKeyOfA() {
        Set<Integer> tonics = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            tonics.add(reader.read("a song in a dreamy mood", seed).key().tonic());
        }
        assertThat(tonics).hasSizeGreaterThan(1);
        assertThat(reader.read("a song in a dreamy mood", 1).key().mode()).isEqualTo(Mode.LYDIAN);
    }

    @Test
    void theModeComesFromTheModeWordThenTheFirstMoodThenTheGenre() {
        assertThat(reader.read("happy sad pop", 1).key().mode()).isEqualTo(Mode.MAJOR);
        assertThat(reader.read("sad happy pop", 1).key().mode()).isEqualTo(Mode.MINOR);
        assertThat(reader.read("happy pop in a dorian mode", 1).key().mode()).isEqualTo(Mode.DORIAN);
        assertThat(reader.read("techno", 1).key().mode()).isEqualTo(Genre.TECHNO.defaultMode());
        assertThat(reader.read("funk", 1).key().mode()).isEqualTo(Genre.FUNK.defaultMode());
    }

    @Test
    void withoutAKeyTheSeedChoosesTheTonicTheSameWayEveryTime() {
        Set<Integer> tonics = new HashSet<>();
        for (long seed = 0; seed < 60; seed++) {
            Key key = reader.read("pop", seed).key();
            assertThat(reader.read("pop", seed).key()).isEqualTo(key);
            tonics.add(key.tonic());
        }
        assertThat(tonics).hasSizeGreaterThan(6);
    }

    @Test
    void negationsLeaveOutInstrumentsAndVoices() {
        MusicBrief brief = reader.read("house without piano, no drums, with bells", 1);
        assertThat(brief.excluded()).containsExactly(Instrument.PIANO, Instrument.DRUM_KIT);
        assertThat(brief.instruments()).containsExactly(Instrument.BELL);

        assertThat(reader.read("jazz, instrumental", 1).vocals()).isFalse();
        assertThat(reader.read("jazz without any vocals", 1).vocals()).isFalse();
        assertThat(reader.read("jazz with a choir", 1).vocals()).isTrue();
        assertThat(reader.read("not sad jazz", 1).moods()).isEmpty();
        assertThat(reader.read("not jazz but funk", 1).genre()).isEqualTo(Genre.FUNK);
    }

    @Test
    void theFirstGenreNamedWins() {
        assertThat(reader.read("jazz rock", 1).genre()).isEqualTo(Genre.JAZZ);
        assertThat(reader.read("rock jazz", 1).genre()).isEqualTo(Genre.ROCK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\uff35\uff30\uff22\uff25\uff21\uff34 \uff28\uff2f\uff35\uff33\uff25 | HOUSE", "\u00c9lectronic vibes | ELECTRONIC",
        "HIP-HOP | HIP_HOP", "Lo-Fi beats | HIP_HOP", "Drum & Bass!!! | DRUM_AND_BASS", "R&B slow jam | FUNK",
        "\u00a0TRAP\u00a0\u00a0music\u3000 | TRAP", "'reggae' | REGGAE", "film-score | CINEMATIC", "solo-piano | CLASSICAL"})
    void isTolerantOfCasePunctuationAndUnicode(String prompt, Genre genre) {
        assertThat(reader.read(prompt, 1).genre()).isEqualTo(genre);
    }

    @Test
    void whitespaceOfAnyKindSeparatesWords() {
        assertThat(reader.read("  \t\nTRAP\r\n\u2028music\tsad", 1).genre()).isEqualTo(Genre.TRAP);
        assertThat(reader.read("  \t\nTRAP\r\n\u2028music\tsad", 1).moods()).containsExactly(Mood.SAD);
    }

    @Test
    void neverThrowsOnHostileText() {
        List<String> prompts = new ArrayList<>(List.of(
                "", " ", "9".repeat(1000), "1:".repeat(500), "bpm ".repeat(250), "in ".repeat(333), "#".repeat(1000),
                "\u0000\u0001\u0002", "\ud800\udc00".repeat(500), "\ud800".repeat(1000), "1.".repeat(500),
                "9999:99", "99:59 minutes", "0 s", "0:00", "-30 s", "1e9 bpm", "NaN bpm", "Infinity seconds",
                "a#b#c#d#e#f#g#".repeat(70), "no no no no", "without", "\u202e\u0301\u0301\u0301",
                "\ud83c\udfb5 lofi \ud83c\udfb6 with \ud83d\udc7b", "\u00df\u0130\u0131\u03a3".repeat(250)));
        SplittableRandom random = new SplittableRandom(42);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 :.#&-_/'\"\\\t\n\u00e9\u266f\u266d\uff10\u0301";
        for (int i = 0; i < 500; i++) {
            StringBuilder prompt = new StringBuilder();
            int length = random.nextInt(1001);
            for (int c = 0; c < length; c++) {
                prompt.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x10000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            prompts.add(prompt.toString());
        }
        for (String prompt : prompts) {
            assertThatNoException().as(prompt).isThrownBy(() -> {
                MusicBrief brief = reader.read(prompt, prompt.hashCode());
                assertThat(brief.durationSeconds()).isBetween(PromptReader.MIN_PROMPT_SECONDS, PromptReader.MAX_PROMPT_SECONDS);
                assertThat(brief.bpm()).isBetween(MusicBrief.MIN_BPM, MusicBrief.MAX_BPM);
            });
        }
    }

    @Test
    void theRequestsDurationAndVocalsWinOverThePrompt() {
        MusicBrief brief = reader.read(new MusicRequest("t1", "2 minutes of jazz with vocals", 45, false, 7));

        assertThat(brief.durationSeconds()).isEqualTo(45);
        assertThat(brief.vocals()).isFalse();
        assertThat(brief.genre()).isEqualTo(Genre.JAZZ);
        assertThat(reader.read(new MusicRequest("t1", "instrumental jazz", 45, true, 7)).vocals()).isTrue();
    }

    @Test
    void aMissingPromptIsAClearError() {
        assertThatNullPointerException().isThrownBy(() -> reader.read(null, 1)).withMessageContaining("prompt");
    }

    @Test
    void eightiesIsAMoodNotALength() {
        MusicBrief brief = reader.read("80s synthwave", 1);
        assertThat(brief.moods()).containsExactly(Mood.NOSTALGIC);
        assertThat(brief.genre()).isEqualTo(Genre.ELECTRONIC);
    }
}
