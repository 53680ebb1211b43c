package dev.codelive.codelive.backend.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.backend.support.FormatSpec.Kind;
import dev.codelive.codelive.backend.support.FormatSpec.Subset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatSpecTest {
    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // spec | Rust and Go | SQL and Julia | TypeScript and C#
            "\">8.2f\" | true | true | true",
            "\"#x\" | true | false | false",
            "\"_d\" | true | false | true",
            "\"1000\" | true | true | true",
            "\"1001\" | false | true | true",
            "\"10000\" | false | true | false",
            "\"001000\" | false | true | false",
            "\".9999f\" | false | true | true",
            "\"é^9\" | false | true | true",
            "\"0,d\" | true | false | true",
            "\"g\" | true | false | true",
            "\"z\" | true | false | true",
            "\"5.\" | false | false | false",
            "\"d5\" | false | false | false",
    })
    void eachFamilyOfBackendsReadsItsOwnSubset(String spec, boolean rustGo, boolean sqlJulia, boolean tsCsharp) {
        assertThat(FormatSpec.parse(spec, Subset.RUST_GO).isPresent()).as("Rust and Go").isEqualTo(rustGo);
        assertThat(FormatSpec.parse(spec, Subset.SQL_JULIA).isPresent()).as("SQL and Julia").isEqualTo(sqlJulia);
        assertThat(FormatSpec.parse(spec, Subset.TS_CSHARP).isPresent()).as("TypeScript and C#").isEqualTo(tsCsharp);
    }

    @Test
    void aZeroFlagPadsWithZerosOnlyWhenNoFillIsWritten() {
        FormatSpec zeros = FormatSpec.parse("05", Subset.SQL_JULIA).orElseThrow();
        assertThat(zeros.padding()).isEqualTo('0');
        assertThat(zeros.alignFor('>')).isEqualTo('=');
        assertThat(zeros.alignFor('<')).isEqualTo('<');
        FormatSpec filled = FormatSpec.parse("x<05", Subset.SQL_JULIA).orElseThrow();
        assertThat(filled.zero()).isTrue();
        assertThat(filled.padding()).isEqualTo('x');
        assertThat(filled.width()).isEqualTo(5);
        assertThat(FormatSpec.parse("<05", Subset.SQL_JULIA).orElseThrow().padding()).isEqualTo('0');
    }

    @Test
    void thePreludesNameWhatTheyCannotFormat() {
        assertThat(FormatSpec.preludeProblem("z", Kind.INT)).contains("the format spec 'z' for an int");
        assertThat(FormatSpec.preludeProblem("#x", Kind.INT)).contains("the format spec '#x'");
        assertThat(FormatSpec.preludeProblem(",x", Kind.INT)).contains("the format spec ',x' for an int");
        assertThat(FormatSpec.preludeProblem(",.2f", Kind.INT)).isEmpty();
        assertThat(FormatSpec.preludeProblem("=5", Kind.STR)).contains("the format spec '=5' for a str");
        assertThat(FormatSpec.preludeProblem(">5", Kind.FLOAT)).isEmpty();
    }
}
