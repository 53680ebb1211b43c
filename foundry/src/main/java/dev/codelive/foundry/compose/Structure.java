package dev.codelive.foundry.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a piece of exact length: whole bars of intro, sections and outro, then an ending that fills the rest of
 * the time and lasts at least {@link #endingSeconds}, so that the final chord has time to ring out.
 */
final class Structure {

    private Structure() {}

    static Arrangement plan(Form form, double bpm, double seconds) {
        double totalBeats = seconds * bpm / 60;
        double endingBeats = Math.max(1, endingSeconds(seconds) * bpm / 60);
        int bodyBars = (int) Math.max(0, Math.floor((totalBeats - endingBeats) / 4));
        List<Section> sections = new ArrayList<>();
        double beat = 0;
        for (Span span : body(form, bodyBars)) {
            sections.add(new Section(span.kind(), beat, span.bars() * 4.0));
            beat += span.bars() * 4.0;
        }
        sections.add(new Section(SectionKind.ENDING, beat, totalBeats - beat));
        return new Arrangement(sections, totalBeats);
    }

    /** How long the final chord rings at least: 1.5 s for the shortest tracks, up to 3 s. */
    static double endingSeconds(double seconds) {
        return Math.max(1.5, Math.min(3.0, seconds * 0.1));
    }

    private record Span(SectionKind kind, int bars) {}

    private static List<Span> body(Form form, int bars) {
        List<Span> spans = new ArrayList<>();
        if (bars == 0) {
            return spans;
        }
        SectionKind peak = form == Form.CLUB ? SectionKind.DROP : SectionKind.CHORUS;
        if (bars < 8) {
            spans.add(new Span(peak, bars));
            return spans;
        }
        int intro = bars >= 64 && form == Form.CLUB ? 8 : bars >= 24 ? 4 : 2;
        int outro = bars >= 24 ? 4 : 2;
        int middle = bars - intro - outro;
        int length = middle >= 16 ? 8 : 4;
        int count = middle / length;
        outro += middle % length;
        spans.add(new Span(SectionKind.INTRO, intro));
        for (SectionKind kind : middle(form, count)) {
            spans.add(new Span(kind, length));
        }
        spans.add(new Span(SectionKind.OUTRO, outro));
        return spans;
    }

    /**
     * The middle sections, written backwards from the last, which is always the peak: a song ends verse, chorus
     * (with a bridge before the last chorus from five sections on), a club track breakdown, build, drop.
     */
    private static List<SectionKind> middle(Form form, int count) {
        List<SectionKind> cycle = form == Form.CLUB
                ? List.of(SectionKind.DROP, SectionKind.BUILD, SectionKind.BREAKDOWN)
                : List.of(SectionKind.CHORUS, SectionKind.VERSE);
        List<SectionKind> backwards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            backwards.add(cycle.get(i % cycle.size()));
        }
        if (form == Form.SONG && count >= 5) {
            backwards.set(1, SectionKind.BRIDGE);
        }
        return backwards.reversed();
    }
}
