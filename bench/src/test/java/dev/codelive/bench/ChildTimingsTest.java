package dev.codelive.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The line a RenderChild writes of its steps' times, and the bench's reading of it. */
class ChildTimingsTest {

    @Test
    void theBenchReadsBackWhatTheChildWrote() {
        ChildTimings written = new ChildTimings(171.113, 163.746, 5126.374, 263.343);

        assertThat(written.line()).isEqualTo("[render-child] compose_ms=171.113 load_ms=163.746 render_ms=5126.374 write_ms=263.343");
        assertThat(ChildTimings.parse(written.line())).isEqualTo(written);
        assertThat(written.totalMillis()).isCloseTo(5724.576, within(1e-9));
    }

    @Test
    void otherLinesOfTheChildsStandardErrorAreIgnored() {
        String stderr = """
                WARNING: A terminally deprecated method in sun.misc.Unsafe has been called
                [render-child] compose_ms=59.092 load_ms=0.680 render_ms=1464.039 write_ms=76.460
                """;

        ChildTimings timings = ChildTimings.parse(stderr);

        assertThat(timings.composeMillis()).isEqualTo(59.092);
        assertThat(timings.loadMillis()).isEqualTo(0.680);
        assertThat(timings.renderMillis()).isEqualTo(1464.039);
        assertThat(timings.writeMillis()).isEqualTo(76.460);
    }

    @Test
    void aChildThatReportedNothingOrTooLittleIsAnError() {
        assertThatThrownBy(() -> ChildTimings.parse("Exception in thread \"main\" java.lang.IllegalStateException"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no [render-child] line");
        assertThatThrownBy(() -> ChildTimings.parse("[render-child] compose_ms=1.0 render_ms=2.0 write_ms=3.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("load_ms");
    }
}
