package dev.codelive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GNU time's verbose report, as /usr/bin/time -v -o FILE writes it (samples from GNU time 1.9 on Debian). */
class GnuTimeTest {
    private static final String FLUIDSYNTH = """
            \tCommand being timed: "fluidsynth -ni -q -R 0 -C 0 -r 44100 -F pop.wav /usr/share/sounds/sf2/FluidR3_GM.sf2 pop.mid"
            \tUser time (seconds): 1.49
            \tSystem time (seconds): 0.14
            \tPercent of CPU this job got: 95%
            \tElapsed (wall clock) time (h:mm:ss or m:ss): 0:01.71
            \tAverage shared text size (kbytes): 0
            \tAverage unshared data size (kbytes): 0
            \tAverage stack size (kbytes): 0
            \tAverage total size (kbytes): 0
            \tMaximum resident set size (kbytes): 173920
            \tAverage resident set size (kbytes): 0
            \tMajor (requiring I/O) page faults: 0
            \tMinor (reclaiming a frame) page faults: 43711
            \tVoluntary context switches: 12
            \tInvoluntary context switches: 161
            \tSwaps: 0
            \tFile system inputs: 0
            \tFile system outputs: 23768
            \tSocket messages sent: 0
            \tSocket messages received: 0
            \tSignals delivered: 0
            \tPage size (bytes): 4096
            \tExit status: 0
            """;

    @Test
    void readsWallCpuPeakMemoryAndStatus() {
        GnuTime usage = GnuTime.parse(FLUIDSYNTH);

        assertThat(usage.wallSeconds()).isCloseTo(1.71, within(1e-9));
        assertThat(usage.userSeconds()).isCloseTo(1.49, within(1e-9));
        assertThat(usage.systemSeconds()).isCloseTo(0.14, within(1e-9));
        assertThat(usage.cpuSeconds()).isCloseTo(1.63, within(1e-9));
        assertThat(usage.maxRssKib()).isEqualTo(173_920);
        assertThat(usage.maxRssMib()).isCloseTo(169.84, within(0.01));
        assertThat(usage.exitStatus()).isZero();
    }

    @Test
    void readsAReportThatBeginsWithHowTheCommandEnded() {
        String failed = "Command exited with non-zero status 3\n" + FLUIDSYNTH.replace("Exit status: 0", "Exit status: 3");

        assertThat(GnuTime.parse(failed).exitStatus()).isEqualTo(3);
    }

    @Test
    void elapsedTimeMayHaveHours() {
        assertThat(GnuTime.elapsed("0:00.20")).isCloseTo(0.2, within(1e-9));
        assertThat(GnuTime.elapsed("2:03.50")).isCloseTo(123.5, within(1e-9));
        assertThat(GnuTime.elapsed("1:02:03")).isCloseTo(3723, within(1e-9));
    }

    @Test
    void aReportWithoutTheFiguresIsRefused() {
        assertThatThrownBy(() -> GnuTime.parse("0.00user 0.00system 0:00.20elapsed 0%CPU"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Elapsed (wall clock) time");
    }

    @Test
    void wrapsTheCommandWithTheReportInAFileOfItsOwn() {
        assertThat(GnuTime.wrap(List.of("fluidsynth", "-ni"), Path.of("/tmp/t.txt")))
                .containsExactly("/usr/bin/time", "-v", "-o", "/tmp/t.txt", "fluidsynth", "-ni");
    }
}
