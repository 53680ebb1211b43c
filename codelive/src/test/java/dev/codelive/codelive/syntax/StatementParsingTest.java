package dev.codelive.codelive.syntax;

import static dev.codelive.codelive.syntax.Parsing.parse;
import static dev.codelive.codelive.syntax.Parsing.printed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.syntax.Expr.Name;
import dev.codelive.codelive.syntax.Expr.TupleLiteral;
import org.junit.jupiter.api.Test;

/** Statements: every construct of the subset, printed back in normal form. */
class StatementParsingTest {

    @Test
    void assignmentsOfEveryKind() {
        assertThat(printed("""
                a = b = 0
                a, b = b, a
                (c, d), e = (1, 2), 3
                [f, g] = h
                x.y = z[0] = 1
                total += 1
                total //= 2
                total **= 3
                xs[i] -= 1
                x: int = 0
                y: List[int]
                z: float = 1, 2
                """)).isEqualTo("""
                a = b = 0
                (a, b) = (b, a)
                ((c, d), e) = ((1, 2), 3)
                [f, g] = h
                x.y = z[0] = 1
                total += 1
                total //= 2
                total **= 3
                xs[i] -= 1
                x: int = 0
                y: List[int]
                z: float = (1, 2)
                """);
    }

    @Test
    void chainedAssignmentKeepsTargetsInSourceOrder() {
        Stmt.Assign assign = (Stmt.Assign) parse("a = b = c = 0").body().getFirst();
        assertThat(assign.targets()).extracting(target -> ((Name) target).id()).containsExactly("a", "b", "c");
    }

    @Test
    void functionsWithAnnotationsDefaultsAndRecursion() {
        assertThat(printed("""
                def fib(n: int, memo=None) -> int:
                    pass
                def f(a, b: int = 1, c=2,):
                    if a:
                        return
                    return f(a - 1) + b, c
                """)).isEqualTo("""
                def fib(n: int, memo=None) -> int:
                    pass
                def f(a, b: int = 1, c=2):
                    if a:
                        return
                    return ((f((a - 1)) + b), c)
                """);
    }

    @Test
    void ifElifElseIsOneNodeWithABranchEach() {
        Stmt.If statement = (Stmt.If) parse("""
                if a:
                    x = 1
                elif b:
                    x = 2
                elif c:
                    x = 3
                else:
                    x = 4
                """).body().getFirst();
        assertThat(statement.branches()).hasSize(3);
        assertThat(statement.orElse()).hasSize(1);
        assertThat(AstPrinter.print(statement)).isEqualTo("""
                if a:
                    x = 1
                elif b:
                    x = 2
                elif c:
                    x = 3
                else:
                    x = 4
                """);
    }

    @Test
    void loopsWithElseBreakContinueAndPass() {
        assertThat(printed("""
                for i, x in enumerate(xs):
                    if x:
                        continue
                    break
                else:
                    pass
                while n > 0:
                    n -= 1
                else:
                    print("done")
                for x in 1, 2, 3: pass
                """)).isEqualTo("""
                for (i, x) in enumerate(xs):
                    if x:
                        continue
                    break
                else:
                    pass
                while (n > 0):
                    n -= 1
                else:
                    print('done')
                for x in (1, 2, 3):
                    pass
                """);
        Stmt.For loop = (Stmt.For) parse("for i, x in enumerate(xs): pass").body().getFirst();
        assertThat(loop.target()).isInstanceOf(TupleLiteral.class);
    }

    @Test
    void breakInALoopsElseBelongsToTheOuterLoop() {
        assertThat(Parsing.error("""
                for x in xs:
                    pass
                else:
                    break
                """)).isEqualTo("syntax error: 'break' outside loop at 4:5");
        assertThat(printed("""
                while True:
                    for x in xs:
                        pass
                    else:
                        break
                """)).contains("        break");
    }

    @Test
    void assertImportAndTheMainIdiom() {
        assertThat(printed("""
                import math
                import os.path as p, sys
                from math import floor, sqrt
                from typing import (List,
                                    Tuple,)
                assert x
                assert x > 0, "positive"
                if __name__ == "__main__":
                    main()
                """)).isEqualTo("""
                import math
                import os.path as p, sys
                from math import floor, sqrt
                from typing import List, Tuple
                assert x
                assert (x > 0), 'positive'
                if (__name__ == '__main__'):
                    main()
                """);
    }

    @Test
    void anImportBindsItsAliasOrItsFirstName() {
        Stmt.Import statement = (Stmt.Import) parse("import os.path, math as m").body().getFirst();
        assertThat(statement.names()).extracting(Alias::boundName).containsExactly("os", "m");
    }

    @Test
    void semicolonsSeparateSimpleStatements() {
        assertThat(printed("a = 1; b = 2;\nif a: print(a); print(b)\n")).isEqualTo("""
                a = 1
                b = 2
                if a:
                    print(a)
                    print(b)
                """);
    }

    @Test
    void aModuleThatIsOneExpressionIsMarked() {
        assertThat(parse("sum(i*i for i in range(10))").isSingleExpression()).isTrue();
        assertThat(parse("# comment\n\n  \n1 + 1  # trailing\n").isSingleExpression()).isTrue();
        assertThat(parse("x").isSingleExpression()).isTrue();
        assertThat(parse("x = 1").isSingleExpression()).isFalse();
        assertThat(parse("1; 2").isSingleExpression()).isFalse();
        assertThat(parse("").isSingleExpression()).isFalse();
        assertThat(parse("if x: y").isSingleExpression()).isFalse();
    }

    @Test
    void softKeywordsAreOrdinaryNamesOutsideTheirStatements() {
        assertThat(printed("match = 1\nmatch(x)\nmatch[0]\ncase = _ = type = 2\nmatch: int = 3\n")).isEqualTo("""
                match = 1
                match(x)
                match[0]
                case = _ = type = 2
                match: int = 3
                """);
    }

    @Test
    void anEmptyModuleHasNoStatements() {
        assertThat(parse("").body()).isEmpty();
        assertThat(parse("\n\n   \n# only a comment").body()).isEmpty();
        assertThat(parse("").span()).isEqualTo(new Span(1, 1, 1, 1));
    }
}
