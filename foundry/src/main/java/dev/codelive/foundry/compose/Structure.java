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
        int units = middle / 4; // sections are made of 4-bar units; the bars left over lengthen the outro
        outro += middle % 4;
        List<SectionKind> kinds = middle(form, units >= 4 ? (units + 1) / 2 : units);
        spans.add(new Span(SectionKind.INTRO, intro));
        for (int i = 0; i < kinds.size(); i++) {
            boolean single = units < 4 || (i == 0 && units % 2 == 1);
            spans.add(new Span(kinds.get(i), single ? 4 : 8));
        }
        spans.add(new Span(SectionKind.OUTRO, outro));
        return spans;
    }

    /**
     * The middle sections, always ending on the peak. A song alternates verse and chorus from a verse, with a bridge
     * before the last chorus from six sections on, and an odd count ends on a double chorus. A club track runs
     * breakdown, build, drop; it starts with the build (or with the breakdown when the count needs it).
     */
    private static List<SectionKind> middle(Form form, int count) {
        List<SectionKind> kinds = new ArrayList<>();
        if (form == Form.CLUB) {
            int cycled = count;
            if (count >= 4 && count % 3 == 1) {
                kinds.add(SectionKind.BUILD);
                kinds.add(SectionKind.DROP);
                cycled -= 2;
            }
            List<SectionKind> backwards = new ArrayList<>();
            List<SectionKind> cycle = List.of(SectionKind.DROP, SectionKind.BUILD, SectionKind.BREAKDOWN);
            for (int i = 0; i < cycled; i++) {
                backwards.add(cycle.get(i % cycle.size()));
            }
            kinds.addAll(backwards.reversed());
            return kinds;
        }
        int paired = count % 2 == 1 && count >= 3 ? count - 1 : count;
        for (int i = 0; i < paired; i++) {
            kinds.add(i % 2 == 0 && paired >= 2 ? SectionKind.VERSE : SectionKind.CHORUS);
        }
        if (paired >= 6) {
            kinds.set(paired - 2, SectionKind.BRIDGE);
        }
        if (paired < count) {
            kinds.add(SectionKind.CHORUS);
        }
        return kinds;
    }
}
