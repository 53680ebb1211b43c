package dev.codelive.codelive.syntax;

import static dev.codelive.codelive.syntax.Parsing.expression;
import static dev.codelive.codelive.syntax.Parsing.printed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The printer: Python's repr for strings, literals that read back as the same values, and normal layout. */
class AstPrinterTest {

    @Test
    void stringsArePrintedAsPythonsRepr() {
        assertThat(print("'plain'")).isEqualTo("'plain'");
        assertThat(print("\"it's\"")).isEqualTo("\"it's\"");
        assertThat(print("'both \\' and \"'")).isEqualTo("'both \\' and \"'");
        assertThat(print("'tab\\tnew\\nline\\rback\\\\slash'")).isEqualTo("'tab\\tnew\\nline\\rback\\\\slash'");
        assertThat(print("'\\x00\\x7f\\x85\\u00a0\\u200b\\U000e0001'"))
                .isEqualTo("'\\x00\\x7f\\x85\\xa0\\u200b\\U000e0001'");
        assertThat(print("'é😀日本'")).isEqualTo("'é😀日本'");
        assertThat(print("'\\ud800'")).isEqualTo("'\\ud800'");
    }

    @Test
    void numbersReadBackAsTheSameValues() {
        assertThat(print("0x10")).isEqualTo("16");
        assertThat(print("1_000")).isEqualTo("1000");
        assertThat(print("1e400")).isEqualTo("1e999");
        assertThat(print("0.1")).isEqualTo("0.1");
        assertThat(print("1e-7")).isEqualTo("1.0E-7");
        assertThat(print("-1")).isEqualTo("(-1)");
        assertThat(print("1 .real")).isEqualTo("(1).real");
        assertThat(print("1.5.real")).isEqualTo("1.5.real");
    }

    @Test
    void fStringTextIsEscaped() {
        assertThat(print("f'{{\"quoted\"}}\\n{x}'")).isEqualTo("f\"{{\\\"quoted\\\"}}\\n{x}\"");
        assertThat(print("f'{x:>4}{y!r:}'")).isEqualTo("f\"{x:>4}{y!r}\"");
    }

    @Test
    void statementsAreIndentedByFourSpaces() {
        assertThat(printed("def f(a, b=1):\n pass\n")).isEqualTo(
                "def f(a, b=1):\n    pass\n");
        assertThat(printed("while x:\n\tif y:\n\t\tbreak\n\telse:\n\t\tcontinue\nelse:\n\tpass\n")).isEqualTo("""
                while x:
                    if y:
                        break
                    else:
                        continue
                else:
                    pass
                """);
    }

    private static String print(String source) {
        return AstPrinter.print(expression(source));
    }
}
