package dev.codelive.foundry.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.codelive.audio.score.Instrument;
import java.util.List;
import org.junit.jupiter.api.Test;

class MusicBriefTest {
    private static final Key KEY = new Key(0, Mode.MAJOR);

    @Test
    void refusesWhatTheComposerCannotWrite() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MusicBrief(Genre.POP, List.of(), 20, KEY, List.of(), List.of(), 30, false))
                .withMessageContaining("tempo");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MusicBrief(Genre.POP, List.of(), 120, KEY, List.of(), List.of(), 0.5, false))
                .withMessageContaining("duration");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MusicBrief(Genre.POP, List.of(), 120, KEY, List.of(), List.of(), Double.NaN, false));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MusicBrief(Genre.POP, List.of(), 120, KEY, List.of(Instrument.PIANO),
                        List.of(Instrument.PIANO), 30, false))
                .withMessageContaining("both wanted and excluded");
    }

    @Test
    void theMoodsEnergyIsTheirSumWithinOne() {
        MusicBrief brief = new MusicBrief(Genre.POP, List.of(Mood.AGGRESSIVE, Mood.ENERGETIC, Mood.EPIC, Mood.HAPPY),
                120, KEY, List.of(), List.of(), 30, false);

        assertThat(brief.moodEnergy()).isEqualTo(0.7);
        assertThat(brief.withDurationSeconds(12).durationSeconds()).isEqualTo(12);
        assertThat(brief.withVocals(true).vocals()).isTrue();
    }
}
