package dev.codelive.foundry.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.audio.score.Instrument;
import dev.codelive.audio.score.Note;
import dev.codelive.audio.score.Part;
import dev.codelive.audio.score.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComposerTest {
    private final Composer composer = new Composer();

    private static MusicBrief brief(Genre genre, Key key, double seconds, List<Instrument> instruments, boolean vocals,
            Mood... moods) {
        return new MusicBrief(genre, List.of(moods), genre.defaultBpm(), key, instruments, List.of(), seconds, vocals);
    }

    private static MusicBrief brief(Genre genre, double seconds) {
        return brief(genre, new Key(9, genre.defaultMode()), seconds, List.of(), false);
    }

    @Test
    void aSongHasIntroVersesChorusesABridgeAndAnOutroBeforeItsEnding() {
        Composition piece = composer.arrange(brief(Genre.POP, 180), 1);

        List<SectionKind> kinds = piece.arrangement().sections().stream().map(Section::kind).toList();
        assertThat(kinds.getFirst()).isEqualTo(SectionKind.INTRO);
        assertThat(kinds.subList(kinds.size() - 2, kinds.size())).containsExactly(SectionKind.OUTRO, SectionKind.ENDING);
        assertThat(kinds).contains(SectionKind.VERSE, SectionKind.CHORUS, SectionKind.BRIDGE);
        assertThat(kinds.get(kinds.size() - 3)).isEqualTo(SectionKind.CHORUS);
    }

    @Test
    void aClubTrackBuildsAndDrops() {
        List<SectionKind> kinds = composer.arrange(brief(Genre.HOUSE, 180), 1).arrangement().sections().stream()
                .map(Section::kind).toList();

        assertThat(kinds).contains(SectionKind.INTRO, SectionKind.BUILD, SectionKind.DROP, SectionKind.BREAKDOWN,
                SectionKind.OUTRO, SectionKind.ENDING);
        assertThat(kinds.indexOf(SectionKind.BUILD)).isEqualTo(kinds.indexOf(SectionKind.DROP) - 1);
    }

    @ParameterizedTest
    @EnumSource(Genre.class)
    void sectionsAreWholeBarsWithoutGapsAndTheEndingRingsForAtLeastASecondAndAHalf(Genre genre) {
        for (double seconds : new double[] {5, 7.3, 30, 61.7, 300}) {
            MusicBrief brief = brief(genre, seconds);
            Composition piece = composer.arrange(brief, 2);
            List<Section> sections = piece.arrangement().sections();
            double beat = 0;
            for (Section section : sections) {
                assertThat(section.startBeat()).isEqualTo(beat);
                if (section.kind() != SectionKind.ENDING) {
                    assertThat(section.beats() % 4).isZero();
                }
                beat = section.endBeat();
            }
            double secondsPerBeat = 60 / brief.bpm();
            assertThat(beat * secondsPerBeat).isCloseTo(seconds, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(piece.arrangement().ending().beats() * secondsPerBeat).isGreaterThanOrEqualTo(1.5);
            assertThat(piece.score().seconds()).isEqualTo(seconds);
            assertThat(piece.score().bpm()).isEqualTo(brief.bpm());
        }
    }

    @Test
    void theLastChordIsTheTonicAfterTheCadenceAndEveryPitchedPartPlaysIt() {
        Composition piece = composer.arrange(brief(Genre.CINEMATIC, new Key(2, Mode.MINOR), 60, List.of(), true), 5);
        ChordTimeline harmony = piece.harmony();
        Section ending = piece.arrangement().ending();

        assertThat(harmony.spans().getLast().chord().degree()).isZero();
        assertThat(harmony.spans().getLast().startBeat()).isEqualTo(ending.startBeat());
        assertThat(harmony.chordAt(ending.startBeat() - 0.5)).isEqualTo(new Chord(4, false, true));
        for (Part part : piece.score().parts()) {
            List<Note> last = part.notes().stream().filter(note -> note.startBeat() == ending.startBeat()).toList();
            assertThat(last).as(part.name()).isNotEmpty();
            if (!part.instrument().isDrums()) {
                assertThat(last).as(part.name()).allMatch(note -> harmony.chordAt(note.startBeat()).contains(harmony.key(), note.pitch()));
                assertThat(last).allMatch(note -> note.endBeat() < piece.arrangement().totalBeats());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Genre.class)
    void everyPitchIsInTheKeyButTheLeadingToneOfAMinorKeysDominant(Genre genre) {
        for (Mode mode : Mode.values()) {
            for (long seed = 0; seed < 3; seed++) {
                Composition piece = composer.arrange(brief(genre, new Key((int) (seed * 5 % 12), mode), 90, List.of(), true), seed);
                Key key = piece.brief().key();
                for (Part part : piece.score().parts()) {
                    if (part.instrument().isDrums()) {
                        continue;
                    }
                    for (Note note : part.notes()) {
                        Chord chord = piece.harmony().chordAt(note.startBeat());
                        boolean leadingTone = chord.raisedThird()
                                && Math.floorMod(note.pitch(), 12) == chord.pitchClasses(key)[1];
                        assertThat(key.contains(note.pitch()) || leadingTone)
                                .as("%s %s %s at beat %s pitch %s", genre, mode, part.name(), note.startBeat(), note.pitch())
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void theRaisedLeadingToneOnlyAppearsInMinorKeys() {
        Composition minor = composer.arrange(brief(Genre.CLASSICAL, new Key(9, Mode.MINOR), 60, List.of(), false), 1);
        Composition major = composer.arrange(brief(Genre.CLASSICAL, new Key(9, Mode.MAJOR), 60, List.of(), false), 1);

        assertThat(allPitched(minor)).anyMatch(note -> Math.floorMod(note.pitch(), 12) == 8); // G sharp in A minor
        assertThat(allPitched(major)).allMatch(note -> major.brief().key().contains(note.pitch()));
    }

    @ParameterizedTest
    @EnumSource(Genre.class)
    void drumsFallOnTheGridOfTheTempo(Genre genre) {
        MusicBrief brief = brief(genre, new Key(0, genre.defaultMode()), 120, List.of(Instrument.DRUM_KIT), false);
        Part drums = part(composer.compose(brief, 3), "drums");

        assertThat(drums.instrument()).isEqualTo(Instrument.DRUM_KIT);
        assertThat(drums.notes()).isNotEmpty().allSatisfy(note -> {
            double slots = note.startBeat() * 24; // sixteenths, eighth and sixteenth triplets, thirty-seconds
            assertThat(Math.abs(slots - Math.rint(slots))).as("beat %s", note.startBeat()).isLessThan(1e-6);
        });
    }

    @Test
    void aClubGenreKeepsFourOnTheFloorInItsDrops() {
        Composition piece = composer.arrange(brief(Genre.HOUSE, 120), 3);
        Part drums = part(piece.score(), "drums");
        Section drop = piece.arrangement().sections().stream().filter(s -> s.kind() == SectionKind.DROP).findFirst().orElseThrow();

        for (double beat = drop.startBeat(); beat < drop.endBeat(); beat++) {
            double at = beat;
            assertThat(drums.notes()).as("kick on beat %s", at)
                    .anyMatch(note -> note.pitch() == dev.codelive.audio.score.Drum.KICK.key() && note.startBeat() == at);
        }
    }

    @Test
    void namedInstrumentsArePartsNamedAfterThem() {
        List<Instrument> named = List.of(Instrument.STRINGS, Instrument.BELL, Instrument.ORGAN, Instrument.GUITAR,
                Instrument.BASS);
        Score score = composer.compose(brief(Genre.HOUSE, new Key(9, Mode.MINOR), 30, named, false), 1);

        Map<String, Part> parts = byName(score);
        assertThat(parts).containsKeys("strings", "bells", "organ", "guitar", "bass");
        assertThat(parts.get("bells").instrument()).isEqualTo(Instrument.BELL);
        for (String name : List.of("strings", "bells", "organ", "guitar", "bass")) {
            assertThat(parts.get(name).notes()).as(name).isNotEmpty();
        }
        assertThat(parts).doesNotContainKey("synth-bass");
    }

    @Test
    void excludedInstrumentsAreLeftOut() {
        MusicBrief brief = new MusicBrief(Genre.POP, List.of(), 110, new Key(0, Mode.MAJOR), List.of(),
                List.of(Instrument.DRUM_KIT, Instrument.PIANO), 30, false);

        assertThat(byName(composer.compose(brief, 1))).doesNotContainKeys("drums", "piano").containsKey("bass");
    }

    @Test
    void aVocalsPartSingsOnTheChoirExactlyWhenAskedFor() {
        Score singing = composer.compose(brief(Genre.POP, new Key(0, Mode.MAJOR), 60, List.of(), true), 1);
        Score instrumental = composer.compose(brief(Genre.POP, new Key(0, Mode.MAJOR), 60, List.of(), false), 1);

        Part vocals = part(singing, "vocals");
        assertThat(vocals.instrument()).isEqualTo(Instrument.CHOIR);
        assertThat(vocals.notes()).hasSizeGreaterThan(20);
        assertThat(vocals.notes()).allMatch(note -> note.pitch() >= 57 && note.pitch() <= 74);
        assertThat(byName(instrumental)).doesNotContainKey("vocals");
        assertThat(instrumental.parts()).noneMatch(part -> part.instrument() == Instrument.CHOIR);
    }

    @Test
    void tuneAndVoiceLandOnChordTonesOnStrongBeatsAndEndPhrasesOnRootOrThird() {
        Composition piece = composer.arrange(brief(Genre.POP, new Key(4, Mode.MINOR), 120, List.of(), true), 9);
        Key key = piece.brief().key();
        for (String name : List.of("lead", "vocals")) {
            List<Note> notes = part(piece.score(), name).notes().stream()
                    .sorted(java.util.Comparator.comparingDouble(Note::startBeat)).toList();
            assertThat(notes).as(name).isNotEmpty();
            for (Note note : notes) {
                double inBar = note.startBeat() % 4;
                if (inBar == 0 || inBar == 2) {
                    assertThat(piece.harmony().chordAt(note.startBeat()).contains(key, note.pitch()))
                            .as("%s at %s", name, note.startBeat()).isTrue();
                }
            }
            for (Section section : piece.arrangement().sections()) {
                for (double phrase = section.startBeat(); phrase < section.endBeat(); phrase += 16) {
                    double from = phrase;
                    double to = Math.min(phrase + 16, section.endBeat());
                    List<Note> inPhrase = notes.stream().filter(n -> n.startBeat() >= from && n.startBeat() < to).toList();
                    if (inPhrase.isEmpty()) {
                        continue;
                    }
                    Note last = inPhrase.getLast();
                    int[] chord = piece.harmony().chordAt(last.startBeat()).pitchClasses(key);
                    int pitchClass = Math.floorMod(last.pitch(), 12);
                    assertThat(pitchClass == chord[0] || pitchClass == chord[1])
                            .as("%s phrase ending at %s", name, last.startBeat()).isTrue();
                }
            }
        }
    }

    @Test
    void aMotifComesBackInTheNextVerseWithTheSameRhythm() {
        Composition piece = composer.arrange(brief(Genre.POP, new Key(0, Mode.MAJOR), 180, List.of(), false), 4);
        List<Section> verses = piece.arrangement().sections().stream().filter(s -> s.kind() == SectionKind.VERSE).toList();
        assertThat(verses).hasSizeGreaterThanOrEqualTo(2);
        List<Note> lead = part(piece.score(), "lead").notes();

        assertThat(onsets(lead, verses.get(0), 8)).isEqualTo(onsets(lead, verses.get(1), 8)).isNotEmpty();
    }

    @Test
    void theBassStartsEveryChordOnItsRoot() {
        Composition piece = composer.arrange(brief(Genre.POP, new Key(7, Mode.MAJOR), 60, List.of(), false), 2);
        List<Note> bass = part(piece.score(), "bass").notes();
        Key key = piece.brief().key();
        for (ChordSpan span : piece.harmony().spans()) {
            SectionKind kind = piece.arrangement().sectionAt(span.startBeat()).kind();
            if (kind == SectionKind.INTRO || kind == SectionKind.BREAKDOWN) {
                continue;
            }
            assertThat(bass).as("bass at %s", span.startBeat()).anyMatch(note -> note.startBeat() == span.startBeat()
                    && Math.floorMod(note.pitch(), 12) == span.chord().rootPitchClass(key));
        }
    }

    @Test
    void sameSeedSameScoreOtherSeedOtherScore() {
        MusicBrief brief = brief(Genre.TRAP, new Key(1, Mode.MINOR), 60, List.of(Instrument.PIANO), true, Mood.DARK);

        assertThat(composer.compose(brief, 77)).isEqualTo(composer.compose(brief, 77));
        assertThat(composer.compose(brief, 77)).isNotEqualTo(composer.compose(brief, 78));
    }

    @ParameterizedTest
    @EnumSource(Genre.class)
    void everyGenreComposesInAFewMoodsAtFiveAndThreeHundredSeconds(Genre genre) {
        List<List<Mood>> moodSets = List.of(List.of(), List.of(Mood.HAPPY), List.of(Mood.SAD, Mood.DARK),
                List.of(Mood.ENERGETIC, Mood.EPIC), List.of(Mood.DREAMY), List.of(Mood.TENSE, Mood.CALM));
        for (List<Mood> moods : moodSets) {
            for (double seconds : new double[] {5, 300}) {
                Mode mode = moods.isEmpty() ? genre.defaultMode() : moods.getFirst().mode().orElse(genre.defaultMode());
                MusicBrief brief = new MusicBrief(genre, moods, genre.defaultBpm(), new Key(3, mode), List.of(), List.of(),
                        seconds, !moods.isEmpty());
                Score score = composer.compose(brief, seconds > 10 ? 11 : 12);
                double totalBeats = seconds * brief.bpm() / 60;
                assertThat(score.seconds()).isEqualTo(seconds);
                assertThat(score.parts()).isNotEmpty().allSatisfy(part -> assertThat(part.notes())
                        .as("%s %s %s", genre, moods, part.name()).isNotEmpty()
                        .allMatch(note -> note.endBeat() <= totalBeats + 1e-9));
            }
        }
    }

    private static List<Double> onsets(List<Note> notes, Section section, double beats) {
        return notes.stream().filter(note -> note.startBeat() >= section.startBeat()
                        && note.startBeat() < section.startBeat() + beats)
                .map(note -> note.startBeat() - section.startBeat()).sorted().toList();
    }

    private static List<Note> allPitched(Composition piece) {
        List<Note> notes = new ArrayList<>();
        piece.score().parts().stream().filter(part -> !part.instrument().isDrums()).forEach(part -> notes.addAll(part.notes()));
        return notes;
    }

    private static Part part(Score score, String name) {
        return byName(score).get(name);
    }

    private static Map<String, Part> byName(Score score) {
        return score.parts().stream().collect(Collectors.toMap(Part::name, Function.identity()));
    }
}
