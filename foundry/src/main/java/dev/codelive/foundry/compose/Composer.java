package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Note;
import dev.codelive.audio.score.Part;
import dev.codelive.audio.score.Score;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes a {@link Score} from a {@link MusicBrief}: sections, chords, then each part by its role. Deterministic: every
 * choice comes from one {@link SplittableRandom} seeded with the seed, split in a fixed order, so the same brief and
 * seed give an equal score.
 */
public final class Composer {

    public Score compose(MusicBrief brief, long seed) {
        return arrange(brief, seed).score();
    }

    /** The score with the plan it was written from. */
    public Composition arrange(MusicBrief brief, long seed) {
        Objects.requireNonNull(brief, "brief");
        SplittableRandom random = new SplittableRandom(seed);
        Arrangement arrangement = Structure.plan(brief.genre().form(), brief.bpm(), brief.durationSeconds());
        ChordTimeline harmony = Harmony.plan(brief, arrangement, random.split());
        Piece piece = new Piece(brief, arrangement, harmony);
        List<Voice> voices = Instrumentation.plan(brief);
        boolean singing = voices.stream().anyMatch(voice -> voice.role() == Role.VOCALS);
        Map<String, List<Note>> notesByStem = new LinkedHashMap<>();
        Map<String, Voice> firstVoiceByStem = new LinkedHashMap<>();
        for (Voice voice : voices) {
            List<Note> notes = write(piece, voice, singing, random.split());
            String stem = Instrumentation.stemName(voice.instrument());
            notesByStem.computeIfAbsent(stem, name -> new ArrayList<>()).addAll(notes);
            firstVoiceByStem.putIfAbsent(stem, voice);
        }
        List<Part> parts = new ArrayList<>();
        notesByStem.forEach((stem, notes) -> {
            Voice voice = firstVoiceByStem.get(stem);
            Instrumentation.Mix mix = Instrumentation.mix(voice);
            parts.add(new Part(stem, voice.instrument(), notes, mix.gainDb(), mix.pan(), mix.reverbSend()));
        });
        Score score = new Score(brief.bpm(), brief.durationSeconds(), parts);
        return new Composition(score, brief, arrangement, harmony, voices);
    }

    private static List<Note> write(Piece piece, Voice voice, boolean singing, SplittableRandom random) {
        return switch (voice.role()) {
            case DRUMS -> DrumPatterns.write(piece, random);
            case BASS -> BassLines.write(piece, voice.instrument(), random);
            case HARMONY -> ChordParts.write(piece, voice.instrument(), random);
            case MELODY -> Melodies.tune(piece, voice.instrument(), singing, random);
            case COUNTER -> Melodies.counter(piece, voice.instrument(), random);
            case VOCALS -> Melodies.vocals(piece, random);
        };
    }
}
