package dev.codelive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Run uids: each caller's range is its own, and taken in turn. */
class RunUidsTest {

    @Test
    void aCallerTakesItsUidsInTurnAndStartsOverAfterTheLast() {
        RunUids uids = new RunUids(64000, 0);

        assertThat(uids.next()).isEqualTo(64000);
        assertThat(uids.next()).isEqualTo(64001);
        for (int i = 2; i < RunUids.PER_CALLER; i++) {
            uids.next();
        }
        assertThat(uids.next()).isEqualTo(64000);
    }

    @Test
    void callersNeverShareAUid() {
        Set<Integer> first = new HashSet<>();
        Set<Integer> second = new HashSet<>();
        RunUids caller0 = new RunUids(64000, 0);
        RunUids caller1 = new RunUids(64000, 1);
        for (int i = 0; i < 3 * RunUids.PER_CALLER; i++) {
            first.add(caller0.next());
            second.add(caller1.next());
        }

        assertThat(first).hasSize(RunUids.PER_CALLER).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(RunUids.PER_CALLER).allMatch(uid -> uid >= 64000 + RunUids.PER_CALLER);
    }
}
