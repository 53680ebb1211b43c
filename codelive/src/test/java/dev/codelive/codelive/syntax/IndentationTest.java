package dev.codelive.codelive.syntax;

import static dev.codelive.codelive.syntax.Parsing.error;
import static dev.codelive.codelive.syntax.Parsing.printed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Layout: INDENT and DEDENT from indentation with CPython's tab rules, and lines joined by brackets or a backslash. */
class IndentationTest {

    @Test
    void blocksNestAndCloseTogether() {
        assertThat(printed("if a:\n  if b:\n        x = 1\n  y = 2\nz = 3")).isEqualTo("""
                if a:
                    if b:
                        x = 1
                    y = 2
                z = 3
                """);
        assertThat(printed("if a:\n    if b:\n        if c:\n            x = 1\ny = 2\n")).endsWith("\ny = 2\n");
    }

    @Test
    void blankAndCommentLinesDoNotCount() {
        assertThat(printed("if a:\n\n      \n# at column one\n        # deeper\n    x = 1\n   \n    y = 2\n"))
                .isEqualTo("if a:\n    x = 1\n    y = 2\n");
    }

    @Test
    void theLastLineNeedsNoNewline() {
        assertThat(printed("if a:\n    x = 1")).isEqualTo("if a:\n    x = 1\n");
        assertThat(printed("x = 1  # comment")).isEqualTo("x = 1\n");
        assertThat(printed("x = 1\n\n\n")).isEqualTo("x = 1\n");
    }

    @Test
    void tabsIndentToMultiplesOfEight() {
        assertThat(printed("if a:\n\tx = 1\n\ty = 2\n")).isEqualTo("if a:\n    x = 1\n    y = 2\n");
        assertThat(printed("if a:\n\tif b:\n\t\tx = 1\n\ty = 2\n")).isEqualTo(
                "if a:\n    if b:\n        x = 1\n    y = 2\n");
        assertThat(printed("if a:\n\tx = 1\n\t# tab comment\n\ty = 2\n")).isEqualTo("if a:\n    x = 1\n    y = 2\n");
    }

    @Test
    void mixingTabsAndSpacesAmbiguouslyIsATabError() {
        assertThat(error("if a:\n\tx = 1\n        y = 2\n"))
                .isEqualTo("syntax error: inconsistent use of tabs and spaces in indentation at 3:9");
        assertThat(error("if a:\n        x = 1\n\ty = 2\n"))
                .isEqualTo("syntax error: inconsistent use of tabs and spaces in indentation at 3:2");
        assertThat(error("if a:\n    \tx = 1\n\ty = 2\n"))
                .isEqualTo("syntax error: inconsistent use of tabs and spaces in indentation at 3:2");
    }

    @Test
    void indentationErrors() {
        assertThat(error("if a:\n    x = 1\n  y = 2\n"))
                .isEqualTo("syntax error: unindent does not match any outer indentation level at 3:3");
        assertThat(error("x = 1\n  y = 2\n")).isEqualTo("syntax error: unexpected indent at 2:3");
        assertThat(error("  x = 1\n")).isEqualTo("syntax error: unexpected indent at 1:3");
        assertThat(error("if a:\nx = 1\n"))
                .isEqualTo("syntax error: expected an indented block after 'if' statement on line 1 at 2:1");
        assertThat(error("for x in y:\n"))
                .isEqualTo("syntax error: expected an indented block after 'for' statement on line 1 at 2:1");
        assertThat(error("while x:\n# only a comment\n"))
                .isEqualTo("syntax error: expected an indented block after 'while' statement on line 1 at 3:1");
        assertThat(error("if a:\n    pass\nelse:\npass"))
                .isEqualTo("syntax error: expected an indented block after 'else' statement on line 3 at 4:1");
        assertThat(error("if a:\n    pass\nelif b:\n"))
                .isEqualTo("syntax error: expected an indented block after 'elif' statement on line 3 at 4:1");
    }

    @Test
    void bracketsJoinLinesAndIgnoreIndentation() {
        assertThat(printed("x = [1,\n2,\n        3]\ny = (\n# comment\n  4)\n")).isEqualTo("x = [1, 2, 3]\ny = 4\n");
        assertThat(printed("if a:\n    x = f(1,\n2)\n    y = 3\n")).isEqualTo("if a:\n    x = f(1, 2)\n    y = 3\n");
    }

    @Test
    void aBackslashJoinsLines() {
        assertThat(printed("x = 1 + \\\n2\nif a and \\\n   b:\n    pass\n"))
                .isEqualTo("x = (1 + 2)\nif (a and b):\n    pass\n");
        assertThat(printed("x = 1 + \\\r\n2\r\n")).isEqualTo("x = (1 + 2)\n");
        assertThat(error("x = 1 + \\")).isEqualTo("syntax error: unexpected EOF while parsing at 1:9");
        assertThat(error("x = 1 + \\ # comment\n2")).isEqualTo(
                "syntax error: unexpected character after line continuation character at 1:9");
    }

    @Test
    void bracketErrors() {
        assertThat(error("x = (1,\n  [2,\n")).isEqualTo("syntax error: '[' was never closed at 2:3");
        assertThat(error("x = (1]")).isEqualTo(
                "syntax error: closing parenthesis ']' does not match opening parenthesis '(' at 1:7");
        assertThat(error("x = (1,\n2]")).isEqualTo(
                "syntax error: closing parenthesis ']' does not match opening parenthesis '(' on line 1 at 2:2");
        assertThat(error("x = 1)")).isEqualTo("syntax error: unmatched ')' at 1:6");
        assertThat(error("foo(1, 2\nbar = 3\n")).isEqualTo("syntax error: '(' was never closed at 1:4");
        assertThat(error("x = [1,\n  2 3")).isEqualTo("syntax error: '[' was never closed at 1:5");
        assertThat(error("}")).isEqualTo("syntax error: unmatched '}' at 1:1");
    }

    @Test
    void formFeedsResetTheIndentationCount() {
        assertThat(printed("if a:\n\f    x = 1\n")).isEqualTo("if a:\n    x = 1\n");
    }
}
