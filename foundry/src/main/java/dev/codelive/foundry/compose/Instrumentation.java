package dev.codelive.foundry.compose;

import dev.codelive.audio.score.Instrument;
import java.util.ArrayList;
import java.util.List;

/**
 * Who plays: the genre's band, changed by the instruments the prompt names (each becomes a part) or leaves out, plus
 * the choir when vocals are asked for. Also each instrument's stem name and place in the mix.
 */
final class Instrumentation {
    /** When everything the genre brings was left out, the first of these not left out keeps the chords going. */
    private static final List<Instrument> FALLBACK_HARMONY = List.of(
            Instrument.PAD, Instrument.PIANO, Instrument.STRINGS, Instrument.GUITAR, Instrument.ORGAN,
            Instrument.ELECTRIC_PIANO);

    /**
     * Where an instrument sits in the mix.
     *
     * @param gainDb its level
     * @param pan left (-1) to right (1)
     * @param reverbSend how much reverb
     */
    record Mix(double gainDb, double pan, double reverbSend) {}

    private Instrumentation() {}

    static List<Voice> plan(MusicBrief brief) {
        List<Voice> voices = new ArrayList<>(band(brief.genre()));
        for (Instrument named : brief.instruments()) {
            name(voices, named, brief.instruments());
        }
        voices.removeIf(voice -> brief.excluded().contains(voice.instrument()));
        if (voices.stream().noneMatch(voice -> voice.role() != Role.DRUMS)) {
            FALLBACK_HARMONY.stream()
                    .filter(instrument -> !brief.excluded().contains(instrument))
                    .findFirst()
                    .ifPresent(instrument -> voices.add(new Voice(instrument, Role.HARMONY)));
        }
        if (brief.vocals() || brief.instruments().contains(Instrument.CHOIR)) {
            voices.add(new Voice(Instrument.CHOIR, Role.VOCALS));
        }
        return List.copyOf(voices);
    }

    /** The part's (and stem's) name: the instrument's, with "vocals" for the choir, which only ever sings. */
    static String stemName(Instrument instrument) {
        return instrument == Instrument.CHOIR ? "vocals" : instrument.displayName().replace(' ', '-');
    }

    /**
     * Where a voice sits in the mix: its instrument's place, with the tune brought forward (the same bells are the
     * tune in one genre and the counter-line in another).
     */
    static Mix mix(Voice voice) {
        Mix base = switch (voice.instrument()) {
            case DRUM_KIT -> new Mix(-3, 0, 0.08);
            case BASS, SYNTH_BASS -> new Mix(1, 0, 0);
            case PIANO -> new Mix(-3, 0.1, 0.2);
            case ELECTRIC_PIANO -> new Mix(-4, -0.15, 0.2);
            case ORGAN -> new Mix(-7, 0.2, 0.15);
            case GUITAR -> new Mix(-4, -0.3, 0.15);
            case PLUCK -> new Mix(-7, 0.3, 0.3);
            case STRINGS -> new Mix(-5, -0.2, 0.35);
            case PAD -> new Mix(-8, 0, 0.45);
            case LEAD -> new Mix(-5, 0.05, 0.25);
            case BELL -> new Mix(-8, 0.35, 0.4);
            case CHOIR -> new Mix(-1, 0, 0.35);
        };
        double lift = switch (voice.role()) {
            case MELODY -> 4;
            default -> 0;
        };
        return new Mix(base.gainDb() + lift, base.pan(), base.reverbSend());
    }

    private static List<Voice> band(Genre genre) {
        return switch (genre) {
            case AMBIENT -> voices(Instrument.PAD, Instrument.PLUCK, Instrument.BELL, null, Instrument.SYNTH_BASS);
            case ELECTRONIC, TRANCE ->
                    voices(Instrument.PAD, Instrument.PLUCK, Instrument.LEAD, null, Instrument.SYNTH_BASS);
            case HOUSE -> voices(Instrument.PIANO, Instrument.PAD, Instrument.LEAD, null, Instrument.SYNTH_BASS);
            case TECHNO -> voices(Instrument.PAD, null, Instrument.LEAD, null, Instrument.SYNTH_BASS);
            case DRUM_AND_BASS -> voices(Instrument.PAD, null, Instrument.LEAD, Instrument.BELL, Instrument.SYNTH_BASS);
            case HIP_HOP -> voices(Instrument.ELECTRIC_PIANO, null, Instrument.BELL, null, Instrument.BASS);
            case TRAP -> voices(Instrument.PAD, null, Instrument.BELL, null, Instrument.SYNTH_BASS);
            case POP -> voices(Instrument.PIANO, Instrument.PAD, Instrument.LEAD, null, Instrument.BASS);
            case ROCK -> voices(Instrument.GUITAR, Instrument.ORGAN, Instrument.LEAD, null, Instrument.BASS);
            case JAZZ -> voices(Instrument.PIANO, null, Instrument.GUITAR, null, Instrument.BASS);
            case FUNK -> voices(Instrument.ELECTRIC_PIANO, Instrument.GUITAR, Instrument.LEAD, null, Instrument.BASS);
            case CINEMATIC ->
                    voices(Instrument.STRINGS, Instrument.PAD, Instrument.PIANO, Instrument.BELL, Instrument.SYNTH_BASS);
            case CLASSICAL -> List.of(new Voice(Instrument.PIANO, Role.HARMONY), new Voice(Instrument.PIANO, Role.MELODY));
            case FOLK -> voices(Instrument.GUITAR, null, Instrument.PLUCK, null, Instrument.BASS);
            case REGGAE -> voices(Instrument.ORGAN, Instrument.GUITAR, Instrument.ELECTRIC_PIANO, null, Instrument.BASS);
        };
    }

    /** Drums first, then bass, chords, tune and counter-line; a null leaves the role out. */
    private static List<Voice> voices(Instrument chords, Instrument moreChords, Instrument tune, Instrument counter,
            Instrument bass) {
        List<Voice> voices = new ArrayList<>();
        voices.add(new Voice(Instrument.DRUM_KIT, Role.DRUMS));
        voices.add(new Voice(bass, Role.BASS));
        voices.add(new Voice(chords, Role.HARMONY));
        if (moreChords != null) {
            voices.add(new Voice(moreChords, Role.HARMONY));
        }
        if (tune != null) {
            voices.add(new Voice(tune, Role.MELODY));
        }
        if (counter != null) {
            voices.add(new Voice(counter, Role.COUNTER));
        }
        return voices;
    }

    /**
     * Gives a named instrument a part: a bass replaces the genre's bass, a tune instrument takes over the tune (unless
     * the tune's instrument was named too: then it plays the counter-line), anything else joins the chords.
     */
    private static void name(List<Voice> voices, Instrument named, List<Instrument> allNamed) {
        if (named == Instrument.CHOIR || voices.stream().anyMatch(voice -> voice.instrument() == named)) {
            return; // the choir only sings, as the vocals
        }
        switch (named) {
            case DRUM_KIT -> voices.addFirst(new Voice(named, Role.DRUMS));
            case BASS, SYNTH_BASS -> replaceOrAdd(voices, Role.BASS, named, List.of());
            case LEAD, BELL, PLUCK -> replaceOrAdd(voices, Role.MELODY, named, allNamed);
            default -> voices.add(new Voice(named, Role.HARMONY));
        }
    }

    private static void replaceOrAdd(List<Voice> voices, Role role, Instrument instrument, List<Instrument> keep) {
        int index = indexOf(voices, role);
        if (index < 0) {
            voices.add(new Voice(instrument, role));
        } else if (keep.contains(voices.get(index).instrument())) {
            voices.add(new Voice(instrument, Role.COUNTER));
        } else {
            voices.set(index, new Voice(instrument, role));
        }
    }

    private static int indexOf(List<Voice> voices, Role role) {
        for (int i = 0; i < voices.size(); i++) {
            if (voices.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }
}
