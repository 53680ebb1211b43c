package dev.codelive.foundry.compose;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The sections of a piece in order, ending with the {@link SectionKind#ENDING}, covering every beat of it.
 *
 * @param sections from the first beat to the last, without gaps
 * @param totalBeats the piece's length in beats (its exact duration times the tempo)
 */
public record Arrangement(List<Section> sections, double totalBeats) {
    public Arrangement {
        sections = List.copyOf(sections);
        if (sections.isEmpty() || sections.getLast().kind() != SectionKind.ENDING) {
            throw new IllegalArgumentException("an arrangement ends with its ending");
        }
    }

    /** The section playing at a beat (the ending for any beat past the last). */
    public Section sectionAt(double beat) {
        for (Section section : sections) {
            if (section.contains(beat)) {
                return section;
            }
        }
        return sections.getLast();
    }

    /** The section after the given one, or the same when it is the last. */
    public Section after(Section section) {
        int index = sections.indexOf(section);
        return index + 1 < sections.size() ? sections.get(index + 1) : section;
    }

    public Section ending() {
        return sections.getLast();
    }

    /** E.g. {@code intro2 verse4 chorus4 outro3 ending}: each section with its bars. */
    public String describe() {
        return sections.stream()
                .map(section -> section.kind() == SectionKind.ENDING
                        ? section.kind().displayName()
                        : section.kind().displayName() + section.bars())
                .collect(Collectors.joining(" "));
    }
}
