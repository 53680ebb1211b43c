package dev.codelive.codelive.syntax;

import static dev.codelive.codelive.syntax.Parsing.error;
import static dev.codelive.codelive.syntax.Parsing.expression;
import static dev.codelive.codelive.syntax.Parsing.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.syntax.Expr.BinaryOp;
import dev.codelive.codelive.syntax.Expr.Call;
import dev.codelive.codelive.syntax.Expr.FString;
import dev.codelive.codelive.syntax.Expr.Name;
import dev.codelive.codelive.syntax.FStringPart.Interpolation;
import org.junit.jupiter.api.Test;

/** Spans of nodes: 1-based lines and columns in code points, end exclusive, as CPython counts them. */
class PositionsTest {

    @Test
    void nodesSpanTheirSourceText() {
        Stmt.Assign assign = (Stmt.Assign) parse("x = foo(1, bar.baz)").body().getFirst();
        assertThat(assign.span()).isEqualTo(new Span(1, 1, 1, 20));
        assertThat(assign.targets().getFirst().span()).isEqualTo(new Span(1, 1, 1, 2));
        Call call = (Call) assign.value();
        assertThat(call.span()).isEqualTo(new Span(1, 5, 1, 20));
        assertThat(call.function().span()).isEqualTo(new Span(1, 5, 1, 8));
        assertThat(call.arguments().get(0).span()).isEqualTo(new Span(1, 9, 1, 10));
        assertThat(call.arguments().get(1).span()).isEqualTo(new Span(1, 12, 1, 19));
    }

    @Test
    void parenthesesBelongToTuplesButNotToGroupedExpressions() {
        assertThat(expression("(a + b)").span()).isEqualTo(new Span(1, 2, 1, 7));
        assertThat(expression("(a, b)").span()).isEqualTo(new Span(1, 1, 1, 7));
        assertThat(expression("a, b").span()).isEqualTo(new Span(1, 1, 1, 5));
        assertThat(expression("[x for x in y]").span()).isEqualTo(new Span(1, 1, 1, 15));
        // As in CPython, an operation starts at its first token, even a parenthesis.
        BinaryOp sum = (BinaryOp) expression("(1) + (2)");
        assertThat(sum.span()).isEqualTo(new Span(1, 1, 1, 10));
        assertThat(sum.left().span()).isEqualTo(new Span(1, 2, 1, 3));
    }

    @Test
    void compoundStatementsEndWithTheirLastStatement() {
        Module module = parse("""
                def f(n):
                    if n:
                        return 1
                    else:
                        return 2

                x = f(3)
                """);
        Stmt.FunctionDef def = (Stmt.FunctionDef) module.body().getFirst();
        assertThat(def.span()).isEqualTo(new Span(1, 1, 5, 17));
        Stmt.If statement = (Stmt.If) def.body().getFirst();
        assertThat(statement.span()).isEqualTo(new Span(2, 5, 5, 17));
        assertThat(statement.branches().getFirst().span()).isEqualTo(new Span(2, 5, 3, 17));
        assertThat(def.parameters().getFirst().span()).isEqualTo(new Span(1, 7, 1, 8));
        assertThat(module.body().get(1).span()).isEqualTo(new Span(7, 1, 7, 9));
        assertThat(module.span()).isEqualTo(new Span(1, 1, 8, 1));
        Parsing.assertSpansNest(module);
    }

    @Test
    void multiLineExpressionsSpanTheirLines() {
        Expr list = ((Stmt.Assign) parse("xs = [\n    1,\n    2,\n]\n").body().getFirst()).value();
        assertThat(list.span()).isEqualTo(new Span(1, 6, 4, 2));
        Expr continued = ((Stmt.Assign) parse("x = 1 + \\\n    2\n").body().getFirst()).value();
        assertThat(continued.span()).isEqualTo(new Span(1, 5, 2, 6));
    }

    @Test
    void tabsAndAstralCharactersAreOneColumnEach() {
        Module module = parse("if x:\n\ty = '😀😀' + z\n");
        Stmt.Assign assign = (Stmt.Assign) ((Stmt.If) module.body().getFirst()).branches().getFirst().body()
                .getFirst();
        assertThat(assign.span().start()).isEqualTo(new Position(2, 2));
        BinaryOp sum = (BinaryOp) assign.value();
        assertThat(sum.left().span()).isEqualTo(new Span(2, 6, 2, 10));
        assertThat(sum.right().span()).isEqualTo(new Span(2, 13, 2, 14));
        assertThat(error("s = '😀' $")).isEqualTo("syntax error: invalid character '$' (U+0024) at 1:9");
    }

    @Test
    void crlfAndLoneCarriageReturnsEndLinesLikeNewlines() {
        String lf = "if x:\n    y = 1\nz = (1,\n  2)\n";
        Module expected = parse(lf);
        assertThat(parse(lf.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(parse(lf.replace("\n", "\r"))).isEqualTo(expected);
        assertThat(error("x = 1\r\ny = )")).isEqualTo("syntax error: unmatched ')' at 2:5");
    }

    @Test
    void aByteOrderMarkIsNotAColumn() {
        assertThat(parse("\uFEFFx = 1").body().getFirst().span()).isEqualTo(new Span(1, 1, 1, 6));
    }

    @Test
    void fStringFieldsArePositionedInTheSource() {
        FString fString = (FString) expression("f'ab{x + 1}' f\"\"\"\n{\n  y}\"\"\"");
        Interpolation first = (Interpolation) fString.parts().get(1);
        assertThat(first.span()).isEqualTo(new Span(1, 5, 1, 12));
        assertThat(first.expression().span()).isEqualTo(new Span(1, 6, 1, 11));
        Interpolation second = (Interpolation) fString.parts().get(3);
        assertThat(second.expression()).isEqualTo(new Name("y", new Span(3, 3, 3, 4)));
        assertThat(fString.span()).isEqualTo(new Span(1, 1, 3, 8));
        assertThat(error("x = f'{a}{b +}'")).isEqualTo("syntax error: expected an expression at 1:14");
        assertThat(error("x = f'''\n{a}\n  {b $ c}'''")).isEqualTo(
                "syntax error: invalid character '$' (U+0024) at 3:6");
    }

    @Test
    void problemsComeInSourceOrder() {
        // The unterminated string on line 3 is not reached: the class on line 1 is refused first.
        assertThat(error("class A:\n    x = 1\ny = 'unterminated\n"))
                .isEqualTo("not supported yet: class definitions at 1:1");
        assertThat(error("x = 1 +\ny = 'unterminated\n")).isEqualTo("syntax error: expected an expression at 1:8");
        assertThat(error("x = (1 +\n'unterminated\n")).isEqualTo(
                "syntax error: unterminated string literal (detected at line 2) at 2:1");
    }

    @Test
    void problemsCarryTheirPositionAndPartsSeparately() {
        SourceProblem problem = Parsing.problem("if x\n    pass");
        assertThat(problem).isInstanceOf(SyntaxProblem.class);
        assertThat(problem.what()).isEqualTo("expected ':'");
        assertThat(problem.position()).contains(new Position(1, 5));
        assertThat(problem.detail()).isEqualTo("syntax error: expected ':' at 1:5");
        assertThat(problem.getStackTrace()).as("no stack trace for user input").isEmpty();
    }
}
