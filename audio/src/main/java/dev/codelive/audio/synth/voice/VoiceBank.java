package dev.codelive.audio.synth.voice;

import dev.codelive.audio.score.Instrument;

/** The built-in synthesizer's voice for each instrument. */
public final class VoiceBank {

    private VoiceBank() {}

    public static Voice voiceFor(Instrument instrument) {
        return switch (instrument) {
            case DRUM_KIT -> new DrumKit();
            case BASS -> new ElectricBass();
            case SYNTH_BASS -> new SynthBass();
            case PIANO -> new Piano();
            case ELECTRIC_PIANO -> new ElectricPiano();
            case ORGAN -> new Organ();
            case GUITAR -> new PluckedString(PluckedString.Kind.GUITAR);
            case PLUCK -> new PluckedString(PluckedString.Kind.HARP);
            case STRINGS -> new Ensemble(Ensemble.Kind.STRINGS);
            case PAD -> new Ensemble(Ensemble.Kind.PAD);
            case LEAD -> new Lead();
            case BELL -> new Bell();
            case CHOIR -> new Choir();
        };
    }
}
