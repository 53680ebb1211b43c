package dev.codelive.codelive.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Julia structure checker: what it accepts, and the first problem it reports, with its position. */
class JuliaSyntaxTest {

    /** A program in the style the backend generates, touching every construct the checker knows. */
    private static final String PROGRAM = """
            # Rendered by Code Live
            #= a block comment #= nested =# still a comment: end ) ] =#
            abstract type Shape end

            mutable struct Counter
                count::Int
            end

            function fib(n::Int)::Int
                if n < 2
                    return n
                elseif n == 2
                    return 1
                else
                    return fib(n - 1) + fib(n - 2)
                end
            end

            function main()
                xs = [i * i for i in 1:10 if i % 2 == 0]
                ys = [x + y for x in 1:3 for y in x:3]
                total = sum(x for x in xs if x > 4)
                println(xs[end], " ", xs[end - 1], " ", xs[begin], " ", xs[2:end])
                m = [1 2; 3 4]
                println(m', " ", m[end, end]')
                c = 'a'
                q = '\\''
                u = '\\u00e9'
                println("end of $(length(xs)) items: $(join(["a", "b"], ", ")) and $total")
                println(\"""triple "quoted" with $(fib(10)) end\""")
                r = raw"no $(interpolation) here \\" still raw"
                v = (if total > 3 1 else 2 end)
                let k = 3
                    while k > 0
                        k -= 1
                    end
                end
                try
                    error("boom")
                catch e
                    println("caught")
                finally
                    println("done")
                end
                map(xs) do x
                    x + 1
                end
                begin
                    println(1.5e-3, 0x1f, 2x -> 1)
                end
                ok = xs[1] != 0 && total >= 1
                println(counter.count, ok, v, c, q, u, r, ys)
            end

            main()
            """;

    @Test
    void aGeneratedLookingProgramIsWellFormed() {
        assertThat(JuliaSyntax.check(PROGRAM)).isEmpty();
        assertThatCode(() -> JuliaSyntax.assertWellFormed(PROGRAM)).doesNotThrowAnyException();
    }

    @Test
    void droppingAnyBlockEndMakesTheProgramMalformed() {
        List<String> lines = PROGRAM.lines().toList();
        int dropped = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("end")) {
                List<String> without = new ArrayList<>(lines);
                without.remove(i);
                assertThat(JuliaSyntax.check(String.join("\n", without))).as("without the end on line %d", i + 1)
                        .isPresent();
                dropped++;
            }
        }
        assertThat(dropped).as("end lines in the program").isEqualTo(9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing end                  | function f()\\n    return 1\\n                 | 1:1  | `function` opened at 1:1 is never closed with `end`
            stray end                    | x = 1\\nend\\n                                  | 2:1  | `end` closes nothing
            end of a nested block only   | for i in 1:3\\n    if i > 1\\n    end\\n         | 1:1  | `for` opened at 1:1 is never closed with `end`
            unclosed parenthesis         | println((1 + 2)\\n                             | 1:8  | `(` opened at 1:8 is never closed
            mismatched bracket           | x = [1, 2)\\n                                  | 1:10 | `)` does not match `[` opened at 1:5
            closing bracket of nothing   | x = 1]\\n                                      | 1:6  | `]` closes nothing
            end inside an open call      | begin\\n    f(1\\nend\\n                      | 3:1  | `end` while `(` opened at 2:6 is not closed
            end inside parentheses       | if true\\n    f(end)\\nend\\n                   | 2:7  | `end` while `(` opened at 2:6 is not closed
            block closed by bracket      | x = (begin 1)\\n                               | 1:13 | `)` while `begin` opened at 1:6 is not closed
            unterminated string          | println("abc)\\n                              | 1:9  | unterminated string literal
            unterminated triple string   | s = \\"\\"\\"abc\\"\\"\\n                       | 1:5  | unterminated string literal
            unterminated interpolation   | s = "$(f(1)"\\n                                | 1:12 | unterminated string literal
            unterminated block comment   | #= open\\n x = 1\\n                            | 1:1  | unterminated block comment `#=`
            else outside if              | while true\\n    else\\nend\\n                 | 2:5  | `else` outside `if` or `try` (inside `while` opened at 1:1)
            elseif at top level          | elseif x\\n                                   | 1:1  | `elseif` outside `if`
            catch outside try            | begin\\n    catch e\\nend\\n                    | 2:5  | `catch` outside `try` (inside `begin` opened at 1:1)
            empty character literal      | c = ''\\n                                      | 1:5  | empty character literal
            long character literal       | c = 'ab'\\n                                    | 1:5  | character literal holds more than one character or is not terminated
            """)
    void theFirstProblemIsReportedWhereItIs(String description, String source, String position, String message) {
        String program = source.strip().replace("\\n", "\n").replace("\\\"", "\"");
        Optional<JuliaSyntax.Problem> problem = JuliaSyntax.check(program);
        assertThat(problem).as(description).isPresent();
        assertThat(problem.get().line() + ":" + problem.get().column()).as(description).isEqualTo(position);
        assertThat(problem.get().message()).as(description).isEqualTo(message);
    }

    @Test
    void keywordsInStringsCommentsAndFieldsAreNotBlocks() {
        assertThat(JuliaSyntax.check("""
                println("if for while end")  # function begin
                x = s.end + y.function
                @time begin
                    sleep(0)
                end
                """)).isEmpty();
    }

    @Test
    void theAssertionShowsTheLineAndPointsAtTheProblem() {
        assertThatThrownBy(() -> JuliaSyntax.assertWellFormed("x = 1\ny = [1, 2)\n"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2:10: `)` does not match `[` opened at 2:5")
                .hasMessageContaining("    y = [1, 2)\n             ^");
    }

    @Test
    void absurdNestingIsAProblemNotACrash() {
        String deep = "\"$(".repeat(2000);
        assertThat(JuliaSyntax.check(deep)).get().extracting(JuliaSyntax.Problem::message).asString()
                .contains("nesting deeper than");
    }
}
