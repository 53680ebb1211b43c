package dev.codelive.codelive.syntax;

import static dev.codelive.codelive.syntax.Parsing.expression;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.codelive.codelive.syntax.Expr.BinaryOp;
import dev.codelive.codelive.syntax.Expr.BoolOp;
import dev.codelive.codelive.syntax.Expr.Call;
import dev.codelive.codelive.syntax.Expr.Compare;
import dev.codelive.codelive.syntax.Expr.GeneratorExp;
import dev.codelive.codelive.syntax.Expr.Name;
import dev.codelive.codelive.syntax.Expr.Slice;
import dev.codelive.codelive.syntax.Expr.Subscript;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expressions: precedence and associativity as CPython's grammar has them, shown fully parenthesised. */
class ExpressionParsingTest {

    static Stream<Arguments> precedence() {
        return Stream.of(
                // ** binds tighter than unary minus on its left, looser on its right, and associates to the right
                arguments("-2**2", "(-(2 ** 2))"),
                arguments("2**-1", "(2 ** (-1))"),
                arguments("2**3**2", "(2 ** (3 ** 2))"),
                arguments("(-2)**2", "((-2) ** 2)"),
                arguments("-x ** -y", "(-(x ** (-y)))"),
                arguments("-f(x)**2", "(-(f(x) ** 2))"),
                arguments("- - x", "(-(-x))"),
                arguments("+-+1", "(+(-(+1)))"),
                arguments("-x.y", "(-x.y)"),
                // arithmetic: * / // % above + -, all left-associative
                arguments("1 + 2 * 3", "(1 + (2 * 3))"),
                arguments("1 - 2 - 3", "((1 - 2) - 3)"),
                arguments("8 / 4 / 2", "((8 / 4) / 2)"),
                arguments("7 // 2 % 3 * 4", "(((7 // 2) % 3) * 4)"),
                arguments("-x * y", "((-x) * y)"),
                arguments("a + b * c ** d - e", "((a + (b * (c ** d))) - e)"),
                arguments("(a + b) * c", "((a + b) * c)"),
                // comparisons: below arithmetic, one node per chain
                arguments("1 + 2 < 3 * 4", "((1 + 2) < (3 * 4))"),
                arguments("a < b <= c", "(a < b <= c)"),
                arguments("a == b != c > d >= e", "(a == b != c > d >= e)"),
                arguments("a in b not in c", "(a in b not in c)"),
                arguments("a is not b is c", "(a is not b is c)"),
                arguments("(a < b) < c", "((a < b) < c)"),
                // not, and, or
                arguments("not a == b", "(not (a == b))"),
                arguments("not not a", "(not (not a))"),
                arguments("a and not b", "(a and (not b))"),
                arguments("a and b or c and d", "((a and b) or (c and d))"),
                arguments("a or b or c", "(a or b or c)"),
                arguments("a and b and c", "(a and b and c)"),
                arguments("not a in b", "(not (a in b))"),
                // conditional expressions: lowest, right-associative
                arguments("a if b else c", "(a if b else c)"),
                arguments("a if b else c if d else e", "(a if b else (c if d else e))"),
                arguments("a or b if c and d else e", "((a or b) if (c and d) else e)"),
                arguments("(a if b else c) if d else e", "((a if b else c) if d else e)"),
                // primaries
                arguments("x.y.z(1)[2]", "x.y.z(1)[2]"),
                arguments("f(a)(b)[c].d", "f(a)(b)[c].d"),
                arguments("1 .real", "(1).real"),
                arguments("'a'.join(xs)", "'a'.join(xs)"),
                // displays, tuples, subscripts, slices
                arguments("(1, 2)", "(1, 2)"),
                arguments("(1,)", "(1,)"),
                arguments("()", "()"),
                arguments("((1))", "1"),
                arguments("[1, 2,]", "[1, 2]"),
                arguments("[]", "[]"),
                arguments("[[1], [2, [3]]]", "[[1], [2, [3]]]"),
                arguments("a[1:]", "a[1:]"),
                arguments("a[:2]", "a[:2]"),
                arguments("a[::-1]", "a[::(-1)]"),
                arguments("a[i:j:k]", "a[i:j:k]"),
                arguments("a[:]", "a[:]"),
                arguments("a[::]", "a[:]"),
                arguments("a[1:2, ::3]", "a[1:2, ::3]"),
                arguments("a[1, 2]", "a[1, 2]"),
                arguments("a[x + 1]", "a[(x + 1)]"),
                // calls
                arguments("f()", "f()"),
                arguments("print(a, b, sep='', end='')", "print(a, b, sep='', end='')"),
                arguments("f(a, b,)", "f(a, b)"),
                arguments("f(x == 1)", "f((x == 1))"),
                // comprehensions and generator expressions
                arguments("[x*y for x in a if x for y in b]", "[(x * y) for x in a if x for y in b]"),
                arguments("[x for x in a if p if q]", "[x for x in a if p if q]"),
                arguments("[(i, x) for i, x in enumerate(xs)]", "[(i, x) for (i, x) in enumerate(xs)]"),
                arguments("[a if c else b for x in xs]", "[(a if c else b) for x in xs]"),
                arguments("[x for x in a or b]", "[x for x in (a or b)]"),
                arguments("sum(i*i for i in range(10))", "sum(((i * i) for i in range(10)))"),
                arguments("(x for x in y)", "(x for x in y)"),
                arguments("[[y for y in x] for x in z]", "[[y for y in x] for x in z]"),
                // literals
                arguments("'a' \"b\" '''c'''", "'abc'"),
                arguments("None", "None"),
                arguments("True or False", "(True or False)"));
    }

    @ParameterizedTest(name = "{0}  ⇒  {1}")
    @MethodSource("precedence")
    void parsesWithPythonsPrecedenceAndAssociativity(String source, String structure) {
        assertThat(AstPrinter.print(expression(source))).isEqualTo(structure);
    }

    @Test
    void chainsOfTheSameBooleanOperatorAreOneNode() {
        BoolOp or = (BoolOp) expression("a or b or c");
        assertThat(or.operator()).isEqualTo(BoolOperator.OR);
        assertThat(or.values()).extracting(value -> ((Name) value).id()).containsExactly("a", "b", "c");
    }

    @Test
    void aComparisonChainKeepsEveryOperatorInOrder() {
        Compare compare = (Compare) expression("a < b <= c not in d is not e");
        assertThat(compare.links()).extracting(Compare.Link::operator).containsExactly(CompareOperator.LESS,
                CompareOperator.LESS_EQUAL, CompareOperator.NOT_IN, CompareOperator.IS_NOT);
    }

    @Test
    void aLoneGeneratorArgumentIsAnArgumentOfTheCall() {
        Call call = (Call) expression("sum(i*i for i in range(10) if i % 2 for j in xs)");
        assertThat(call.arguments()).singleElement().isInstanceOf(GeneratorExp.class);
        GeneratorExp generator = (GeneratorExp) call.arguments().getFirst();
        assertThat(generator.clauses()).hasSize(2);
        assertThat(generator.clauses().getFirst().conditions()).hasSize(1);
        assertThat(call.keywords()).isEmpty();
    }

    @Test
    void keywordArgumentsComeAfterPositionalOnes() {
        Call call = (Call) expression("print(a, b, sep=\"\", end=\"\\n\")");
        assertThat(call.arguments()).hasSize(2);
        assertThat(call.keywords()).extracting(Keyword::name).containsExactly("sep", "end");
        assertThat(call.keywords().get(1).value()).isEqualTo(new Expr.StringLiteral("\n", new Span(1, 25, 1, 29)));
    }

    @Test
    void slicePartsAreNullWhenOmitted() {
        Slice slice = (Slice) ((Subscript) expression("a[::-1]")).index();
        assertThat(slice.lower()).isNull();
        assertThat(slice.upper()).isNull();
        assertThat(slice.step()).isInstanceOf(Expr.UnaryOp.class);
    }

    @Test
    void powerIsRightAssociativeInTheTree() {
        BinaryOp power = (BinaryOp) expression("2 ** 3 ** 2");
        assertThat(power.left()).isInstanceOf(Expr.IntLiteral.class);
        assertThat(power.right()).isInstanceOf(BinaryOp.class);
    }
}
