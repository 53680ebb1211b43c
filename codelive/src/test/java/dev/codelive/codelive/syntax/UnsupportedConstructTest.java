package dev.codelive.codelive.syntax;

import static dev.codelive.codelive.syntax.Parsing.error;
import static dev.codelive.codelive.syntax.Parsing.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Constructs outside the subset, beyond the corpus files ({@link CorpusTest} checks those, and CPython confirms they
 * are valid Python): each is named in plain words at the position where it starts.
 */
class UnsupportedConstructTest {

    @Test
    void theIssuesOwnExample() {
        SourceProblem problem = problem("x = 1\n\nclass Point:\n    pass\n");
        assertThat(problem).isInstanceOf(UnsupportedConstruct.class);
        assertThat(problem.getMessage()).isEqualTo("not supported yet: class definitions at 3:1");
        assertThat(((UnsupportedConstruct) problem).construct()).isEqualTo("class definitions");
        assertThat(problem.position()).contains(new Position(3, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            x = await y                         => await expressions at 1:5
            async for x in y: pass              => async statements at 1:1
            async with x: pass                  => async statements at 1:1
            x = [a async for a in b]            => async comprehensions at 1:8
            x = yield from y                    => yield expressions at 1:5
            f(lambda: 0)                        => lambda expressions at 1:3
            x = ...                             => ellipsis literals at 1:5
            a[...]                              => ellipsis literals at 1:3
            from .. import x                    => relative imports at 1:6
            from .mod import x                  => relative imports at 1:6
            from ...pkg import x                => relative imports at 1:6
            def f(*, a): pass                   => keyword-only parameters at 1:7
            def f(**kw): pass                   => variable-length parameters at 1:7
            x ^= 1                              => bitwise operators at 1:3
            x <<= 1                             => bitwise operators at 1:3
            x @= y                              => matrix multiplication at 1:3
            x = a | b                           => bitwise operators at 1:7
            x = a ^ b                           => bitwise operators at 1:7
            x = a >> b + 1                      => bitwise operators at 1:7
            x = 1 + 2J                          => complex numbers at 1:9
            x = {**a}                           => dict literals at 1:5
            x = {k: v for k in y}               => dict comprehensions at 1:5
            x = {(a, b) for a in y}             => set comprehensions at 1:5
            print(*args, **kwargs)              => argument unpacking at 1:7
            x = [*a]                            => star expressions at 1:6
            for *a, b in c: pass                => star expressions at 1:5
            return_value = (y := 1)             => assignment expressions at 1:17
            while chunk := read(): pass         => assignment expressions at 1:7
            global x                            => global statements at 1:1
            del x[0]                            => del statements at 1:1
            raise                               => raise statements at 1:1
            try: pass                           => try statements at 1:1
            with a, b: pass                     => with statements at 1:1
            @decorator                          => decorators at 1:1
            match x:                            => match statements at 1:1
            x = f'{y:{width}.{precision}}'      => nested format specifications at 1:10
            ñ = 1                               => non-ASCII identifiers at 1:1
            x = rB'raw bytes'                   => bytes literals at 1:5
            """)
    void isNamed(String source, String construct) {
        assertThat(error(source)).isEqualTo("not supported yet: " + construct);
    }

    @Test
    void aConstructIsReportedBeforeLaterSyntaxErrors() {
        assertThat(error("def f():\n    yield 1\n  x = (")).isEqualTo("not supported yet: yield expressions at 2:5");
        assertThat(error("import os\nx = lambda: (\n")).isEqualTo("not supported yet: lambda expressions at 2:5");
    }
}
