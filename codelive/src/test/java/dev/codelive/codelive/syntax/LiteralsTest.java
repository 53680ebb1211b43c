package dev.codelive.codelive.syntax;

import static dev.codelive.codelive.syntax.Parsing.error;
import static dev.codelive.codelive.syntax.Parsing.expression;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.syntax.Expr.FString;
import dev.codelive.codelive.syntax.Expr.FloatLiteral;
import dev.codelive.codelive.syntax.Expr.IntLiteral;
import dev.codelive.codelive.syntax.Expr.StringLiteral;
import dev.codelive.codelive.syntax.FStringPart.Conversion;
import dev.codelive.codelive.syntax.FStringPart.Interpolation;
import dev.codelive.codelive.syntax.FStringPart.Text;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Number and string literals, including f-strings: values as CPython computes them. */
class LiteralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                 | 0
            00                | 0
            0_0               | 0
            42                | 42
            1_000_000         | 1000000
            0x1F              | 31
            0XfF              | 255
            0x_dead_beef      | 3735928559
            0o17              | 15
            0O7_7             | 63
            0b1010            | 10
            0B1_0             | 2
            123456789012345678901234567890 | 123456789012345678901234567890
            0xFFFFFFFFFFFFFFFFFFFFFFFF | 79228162514264337593543950335
            """)
    void integers(String source, String value) {
        assertThat(((IntLiteral) expression(source)).value()).isEqualTo(new BigInteger(value));
    }

    @Test
    void decimalIntegersAreAsLongAsCPythonAllows() {
        String longest = "9".repeat(Literals.MAX_DECIMAL_DIGITS);
        assertThat(((IntLiteral) expression(longest)).value()).isEqualTo(new BigInteger(longest));
        assertThat(error("x = " + "9".repeat(Literals.MAX_DECIMAL_DIGITS + 1))).isEqualTo(
                "syntax error: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits"
                        + " at 1:5");
        // No such limit for powers of two, as in CPython; and their conversion takes linear time.
        BigInteger ones = BigInteger.ONE.shiftLeft(60_000).subtract(BigInteger.ONE);
        assertThat(((IntLiteral) expression("0x" + "f".repeat(15_000))).value()).isEqualTo(ones);
        assertThat(((IntLiteral) expression("0o" + "7".repeat(20_000))).value()).isEqualTo(ones);
        assertThat(((IntLiteral) expression("0b" + "1".repeat(60_000))).value()).isEqualTo(ones);
        assertThat(((IntLiteral) expression("0x8_0")).value()).isEqualTo(128);
        assertThat(((IntLiteral) expression("0o1_000")).value()).isEqualTo(512);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.0         | 1.0
            .5          | 0.5
            1.          | 1.0
            3.14        | 3.14
            1e10        | 1e10
            1E-3        | 0.001
            1.5e+3      | 1500
            1_000.000_1 | 1000.0001
            1e1_0       | 1e10
            0.1         | 0.1
            1e400       | Infinity
            2.5e-324    | 4.9e-324
            09.5        | 9.5
            0e0         | 0
            """)
    void floats(String source, double value) {
        assertThat(((FloatLiteral) expression(source)).value()).isEqualTo(value);
    }

    @Test
    void malformedNumbersAreSyntaxErrors() {
        assertThat(error("1__0")).isEqualTo("syntax error: invalid decimal literal at 1:3");
        assertThat(error("1_")).isEqualTo("syntax error: invalid decimal literal at 1:3");
        assertThat(error("1.real")).isEqualTo("syntax error: invalid decimal literal at 1:3");
        assertThat(error("1e")).isEqualTo("syntax error: invalid decimal literal at 1:2");
        assertThat(error("1e+")).isEqualTo("syntax error: invalid decimal literal at 1:2");
        assertThat(error("1_e5")).isEqualTo("syntax error: invalid decimal literal at 1:3");
        assertThat(error("0x_")).isEqualTo("syntax error: invalid hexadecimal literal at 1:4");
        assertThat(error("0o8")).isEqualTo("syntax error: invalid digit '8' in octal literal at 1:3");
        assertThat(error("0b")).isEqualTo("syntax error: invalid binary literal at 1:3");
        assertThat(error("0xfg")).isEqualTo("syntax error: invalid hexadecimal literal at 1:4");
        assertThat(error("0_7")).startsWith("syntax error: leading zeros in decimal integer literals");
        assertThat(error("1if x else 2")).isEqualTo("syntax error: invalid decimal literal at 1:2");
        assertThat(error("x = 1J")).isEqualTo("not supported yet: complex numbers at 1:5");
        assertThat(error("x = 1.5j")).isEqualTo("not supported yet: complex numbers at 1:5");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            'plain'                     | plain
            "double"                    | double
            '''tri'ple'''               | tri'ple
            ""\"x""\"                   | x
            ''                          | ``
            'it\\'s'                    | it's
            "\\"q\\""                   | "q"
            'back\\\\slash'             | back\\slash
            '\\x41\\101\\u00e9'         | AAé
            '\\U0001F600'               | 😀
            '\\N{GREEK SMALL LETTER ALPHA}\\N{digit one}' | α1
            '\\d\\w'                    | \\d\\w
            r'\\n\\''                   | \\n\\'
            R"\\d+"                     | \\d+
            u'unicode'                  | unicode
            'a' "b" '''c'''             | abc
            """)
    void strings(String source, String value) {
        assertThat(((StringLiteral) expression(source)).value()).isEqualTo(value);
    }

    @Test
    void controlEscapesAndNewlines() {
        assertThat(((StringLiteral) expression("'\\a\\b\\f\\n\\r\\t\\v\\0'")).value())
                .isEqualTo("\u0007\b\f\n\r\t\u000B\0");
        assertThat(((StringLiteral) expression("'''a\r\nb\rc\nd'''")).value()).isEqualTo("a\nb\nc\nd");
        assertThat(((StringLiteral) expression("'line \\\ncontinued'")).value()).isEqualTo("line continued");
        assertThat(((StringLiteral) expression("r'raw \\\nkeeps'")).value()).isEqualTo("raw \\\nkeeps");
        // Python allows a lone surrogate through an escape; only the source text itself cannot hold one.
        assertThat(((StringLiteral) expression("'\\ud800'")).value()).isEqualTo("\ud800");
    }

    @Test
    void badEscapesAndUnterminatedStrings() {
        assertThat(error("x = 'ab\\x4'")).isEqualTo("syntax error: truncated \\xXX escape at 1:8");
        assertThat(error("x = 'ab\\u12'")).isEqualTo("syntax error: truncated \\uXXXX escape at 1:8");
        assertThat(error("x = '\\U00110000'")).isEqualTo("syntax error: illegal Unicode character in escape at 1:6");
        assertThat(error("x = '\\N{NO SUCH NAME}'")).isEqualTo("syntax error: unknown Unicode character name at 1:6");
        assertThat(error("x = '\\N'")).isEqualTo("syntax error: malformed \\N character escape at 1:6");
        assertThat(error("x = 'abc")).isEqualTo("syntax error: unterminated string literal (detected at line 1) at 1:5");
        assertThat(error("x = '''abc\n\n")).isEqualTo(
                "syntax error: unterminated triple-quoted string literal (detected at line 2) at 1:5");
        assertThat(error("x = b'bytes'")).isEqualTo("not supported yet: bytes literals at 1:5");
        assertThat(error("x = 'a' rb'b'")).isEqualTo("not supported yet: bytes literals at 1:9");
        assertThat(error("x = ur'no'")).isEqualTo("syntax error: invalid syntax at 1:7");
    }

    @Test
    void fStringsSplitIntoTextAndInterpolations() {
        FString fString = (FString) expression("f\"x={x} {y + 1:.2f}!{z!r}{{braces}}\"");
        assertThat(fString.parts()).hasSize(7);
        assertThat(fString.parts().get(0)).isEqualTo(new Text("x=", new Span(1, 3, 1, 5)));
        Interpolation x = (Interpolation) fString.parts().get(1);
        assertThat(x.expression()).isEqualTo(new Expr.Name("x", new Span(1, 6, 1, 7)));
        assertThat(x.conversion()).isEqualTo(Conversion.NONE);
        assertThat(x.formatSpec()).isEmpty();
        assertThat(x.span()).isEqualTo(new Span(1, 5, 1, 8));
        Interpolation sum = (Interpolation) fString.parts().get(3);
        assertThat(AstPrinter.print(sum.expression())).isEqualTo("(y + 1)");
        assertThat(sum.expression().span()).isEqualTo(new Span(1, 10, 1, 15));
        assertThat(sum.formatSpec()).isEqualTo(".2f");
        assertThat(((Text) fString.parts().get(4)).value()).isEqualTo("!");
        assertThat(((Interpolation) fString.parts().get(5)).conversion()).isEqualTo(Conversion.REPR);
        assertThat(((Text) fString.parts().get(6)).value()).isEqualTo("{braces}");
    }

    @Test
    void fStringEdgeCases() {
        assertThat(printedExpression("f'{x!s:>10}{x!a}'")).isEqualTo("f\"{x!s:>10}{x!a}\"");
        assertThat(printedExpression("f'{{}}'")).isEqualTo("f\"{{}}\"");
        assertThat(printedExpression("f''")).isEqualTo("f\"\"");
        assertThat(printedExpression("f'{x=}'")).isEqualTo("f\"x={x!r}\"");
        assertThat(printedExpression("f'{ x = !s:>5}'")).isEqualTo("f\" x = {x!s:>5}\"");
        assertThat(printedExpression("f'{x=:.2f}'")).isEqualTo("f\"x={x:.2f}\"");
        assertThat(printedExpression("f'{a != b}{a == b}{a <= b}{a >= b}'"))
                .isEqualTo("f\"{(a != b)}{(a == b)}{(a <= b)}{(a >= b)}\"");
        assertThat(printedExpression("f'{1, 2}'")).isEqualTo("f\"{(1, 2)}\"");
        assertThat(printedExpression("f'{\"nested\"}{xs[\"k\"]}'")).isEqualTo("f\"{'nested'}{xs['k']}\"");
        assertThat(printedExpression("f'{[x for x in y]}'")).isEqualTo("f\"{[x for x in y]}\"");
        assertThat(printedExpression("'a' f'{x}' 'b' f'c'")).isEqualTo("f\"a{x}bc\"");
        assertThat(printedExpression("rf'\\n{x}'")).isEqualTo("f\"\\\\n{x}\"");
        assertThat(printedExpression("f'\\n\\{x}'")).isEqualTo("f\"\\n\\\\{x}\"");
        assertThat(printedExpression("f'\\N{DIGIT ONE}{x}'")).isEqualTo("f\"1{x}\"");
        assertThat(printedExpression("F'''{\n  x\n}'''")).isEqualTo("f\"{x}\"");
    }

    @Test
    void fStringErrors() {
        assertThat(error("f'{}'")).isEqualTo("syntax error: f-string: empty expression not allowed at 1:3");
        assertThat(error("f'{ \t}'")).isEqualTo("syntax error: f-string: empty expression not allowed at 1:3");
        assertThat(error("f'}'")).isEqualTo("syntax error: f-string: single '}' is not allowed at 1:3");
        assertThat(error("f'{x!z}'")).isEqualTo(
                "syntax error: f-string: invalid conversion character: expected 's', 'r', or 'a' at 1:6");
        assertThat(error("f'{x!r }'")).isEqualTo("syntax error: f-string: expecting '}' at 1:7");
        assertThat(error("f'{x!r=}'")).isEqualTo("syntax error: f-string: expecting '}' at 1:7");
        assertThat(error("f'{x'")).isEqualTo("syntax error: f-string: expecting '}' at 1:3");
        assertThat(error("f'{x:'")).isEqualTo("syntax error: f-string: expecting '}' at 1:6");
        assertThat(error("f'{a)}'")).isEqualTo("syntax error: f-string: unmatched ')' at 1:5");
        assertThat(error("f'{(}'")).isEqualTo(
                "syntax error: f-string: closing parenthesis '}' does not match opening parenthesis '(' at 1:5");
        assertThat(error("f'{\"x}'")).isEqualTo("syntax error: f-string: unterminated string at 1:3");
        assertThat(error("f'{#}'")).isEqualTo("syntax error: f-string expression part cannot include '#' at 1:4");
        assertThat(error("f'{a b}'")).isEqualTo("syntax error: f-string: invalid syntax at 1:6");
        assertThat(error("f'{x:{w}}'")).isEqualTo("not supported yet: nested format specifications at 1:6");
        assertThat(error("f'{lambda: 1}'")).isEqualTo("not supported yet: lambda expressions at 1:4");
        // CPython 3.11's rules, which 3.12 relaxed: no backslash in a field, and the f-string's own quote ends it.
        assertThat(error("f'{\"\\d\"}'")).isEqualTo(
                "syntax error: f-string expression part cannot include a backslash at 1:5");
        assertThat(error("x = f'{a['b']}'")).isEqualTo("syntax error: f-string: unmatched '[' at 1:7");
    }

    private static String printedExpression(String source) {
        return AstPrinter.print(expression(source));
    }
}
