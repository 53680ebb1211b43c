package dev.codelive.codelive.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.PythonParser;
import dev.codelive.codelive.syntax.SourceProblem;
import dev.codelive.codelive.syntax.UnsupportedConstruct;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AnalyzerTest {
    private static final PythonParser PARSER = new PythonParser();

    private static Program analyze(String code) {
        return new Analyzer().analyze(PARSER.parse(code), Program.IntWidth.I64);
    }

    private static Type typeOfGlobal(Program program, String name) {
        return program.globals().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().type();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "x = 1 | int",
            "x = 1.5 | float",
            "x = 7 / 2 | float",
            "x = 7 // 2 | int",
            "x = True + True | int",
            "x = 2 ** 10 | int",
            "x = 2 ** -1 | float",
            "x = 1 + 2.0 | float",
            "x = 'a' * 3 | str",
            "x = [1, 2] + [3] | list[int]",
            "x = [] | list[int]",
            "x = [i * i for i in range(3)] | list[int]",
            "x = sum(i / 2 for i in range(3)) | float",
            "x = sorted(['b', 'a']) | list[str]",
            "x = list(enumerate('ab')) | list[tuple[int, str]]",
            "x = list(zip([1], ['a'], [2.0])) | list[tuple[int, str, float]]",
            "x = max([3, 1]) | int",
            "x = abs(-2.5) | float",
            "x = round(2.5) | int",
            "x = round(2.675, 2) | float",
            "x = round(1234, -2) | int",
            "x = 'a,b'.split(',') | list[str]",
            "x = (1, 'a') | tuple[int, str]",
            "x = divmod(7, 2) | tuple[int, int]",
            "x = f'{1}' | str",
            "x = 1 if True else 2 | int",
            "x = 0 or 5 | int",
    })
    void infersPythonsTypes(String code, String type) {
        assertThat(typeOfGlobal(analyze(code), "x").python()).isEqualTo(type);
    }

    @Test
    void anEmptyListTakesItsElementTypeFromLaterAppends() {
        Program program = analyze("xs = []\nfor i in range(3):\n    xs.append(i * 0.5)\nprint(xs)");
        assertThat(typeOfGlobal(program, "xs")).isEqualTo(new Type.ListOf(Type.FLOAT));
    }

    @Test
    void functionTypesComeFromCallSitesAndReturnsEvenWhenRecursive() {
        Program program = analyze("""
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)
                print(fib(10))
                """);
        Function fib = program.functions().getFirst();
        assertThat(fib.parameters()).extracting(Variable::type).containsExactly(Type.INT);
        assertThat(fib.returnType()).isEqualTo(Type.INT);
    }

    @Test
    void annotationsAreHints() {
        Function f = analyze("def f(xs: list[float]) -> float:\n    return sum(xs)\nprint(f([]))").functions().getFirst();
        assertThat(f.parameters().getFirst().type()).isEqualTo(new Type.ListOf(Type.FLOAT));
        assertThat(f.returnType()).isEqualTo(Type.FLOAT);
    }

    @Test
    void aFunctionWithoutReturnValueReturnsNone() {
        assertThat(analyze("def greet(name: str):\n    print('hi', name)\ngreet('a')").functions().getFirst().returnType())
                .isEqualTo(Type.NONE);
    }

    @Test
    void aSingleExpressionPrintsItsValueButAPrintCallPrintsOnce() {
        assertThat(analyze("sum(i * i for i in range(10))").main()).singleElement().isInstanceOf(Stmt.Print.class);
        Stmt.Print print = (Stmt.Print) analyze("print(1)").main().getFirst();
        assertThat(print.values()).singleElement().isInstanceOf(Expr.IntConst.class);
    }

    @Test
    void theMainGuardIsInlined() {
        Program program = analyze("def main():\n    print(1)\n\nif __name__ == \"__main__\":\n    main()\n");
        assertThat(program.main()).singleElement().isInstanceOf(Stmt.Evaluate.class);
    }

    @Test
    void declarationsArePlacedAtTheFirstTopLevelStoreOrHoisted() {
        Program program = analyze("""
                total = 0
                for i in range(3):
                    total += i
                    if i == 1:
                        seen = i
                for i in range(2):
                    print(i)
                print(total, seen)
                """);
        Stmt.Assign first = (Stmt.Assign) program.main().getFirst();
        assertThat(((Target.Store) first.target()).declares()).isTrue();
        assertThat(program.hoisted()).extracting(Variable::name).containsExactly("seen");
        Stmt.For loop = (Stmt.For) program.main().get(1);
        assertThat(((Target.Store) loop.target()).declares()).as("i is private to each loop").isTrue();
    }

    @Test
    void aLoopVariableReadAfterItsLoopIsHoisted() {
        Program program = analyze("for i in range(3):\n    pass\nprint(i)");
        assertThat(program.hoisted()).extracting(Variable::name).containsExactly("i");
    }

    @Test
    void globalsReadByFunctionsAreReported() {
        Program program = analyze("LIMIT = 10\ndef f(x):\n    return x < LIMIT\nprint(f(3))");
        assertThat(program.globalsReadByFunctions()).extracting(Variable::name).containsExactly("LIMIT");
        assertThat(program.hoisted()).extracting(Variable::name).contains("LIMIT");
    }

    @Test
    void comprehensionVariablesDoNotLeak() {
        Program program = analyze("x = 'outer'\nys = [x for x in range(3)]\nprint(x, ys)");
        assertThat(typeOfGlobal(program, "x")).isEqualTo(Type.STR);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "x = 1\\nx = 'a' | cannot render: x would be both int and str at 2:1",
            "xs = [1, 'a'] | cannot render: the elements of this list would be both int and str at 1:10",
            "print(undefined) | cannot render: name 'undefined' is not defined at 1:7",
            "import os | not supported yet: imports of modules other than math and typing (os) at 1:8",
            "print(len) | not supported yet: functions as values at 1:7",
            "x = 'a' % 3 | not supported yet: %-formatting of strings (use an f-string) at 1:5",
            "x = (1, 2)\\ny = x[5] | cannot render: tuple index out of range at 2:7",
            "x = 'ab'\\nx[0] = 'c' | cannot render: item assignment to a str (only lists can change) at 2:1",
            "def f():\\n    def g():\\n        pass | not supported yet: nested functions at 2:5",
            "print(sorted([1], key=abs)) | not supported yet: sorted(key=...) at 1:19",
    })
    void refusesWithThePlaceAndTheReason(String code, String message) {
        assertThatThrownBy(() -> analyze(code.replace("\\n", "\n"))).isInstanceOf(SourceProblem.class).hasMessage(message);
    }

    static Stream<Path> validCorpus() throws IOException {
        return Files.list(Path.of("src/test/resources/syntax/valid")).filter(p -> p.toString().endsWith(".py")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCorpus")
    void everyValidSnippetIsTypedOrRefusedWithAProblemNeverACrash(Path file) throws IOException {
        String code = Files.readString(file);
        try {
            Program program = analyze(code);
            assertThat(program.main()).isNotNull();
        } catch (SourceProblem refused) {
            assertThat(refused.position()).as("a refusal points at the place").isPresent();
            assertThat(refused).isInstanceOfAny(TypeProblem.class, UnsupportedConstruct.class);
        }
    }

    @Test
    void keywordArgumentsAndDefaultsArePassedInParameterOrder() {
        Program program = analyze("def f(a, b=2, c=3):\n    return a + b * c\nprint(f(1, c=10))");
        Expr.Call call = (Expr.Call) ((Stmt.Print) program.main().getFirst()).values().getFirst();
        assertThat(call.arguments()).extracting(e -> ((Expr.IntConst) e).value().intValue()).containsExactly(1, 2, 10);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "def f(a):\\n    return a\\nprint(f(b=1)) | cannot render: f() has no parameter b at 3:9",
            "def f(a):\\n    return a\\nprint(f(1, a=1)) | cannot render: f() got several values for a at 3:12",
            "def f(a, b):\\n    return a\\nprint(f(1)) | cannot render: f() is missing its argument b at 3:7",
            "xs = [1, 2]\\ndef f(a, b):\\n    return a - b\\nprint(f(b=xs.pop(), a=xs.pop())) | not supported yet: keyword arguments out of parameter order that call functions at 4:9",
    })
    void badCallsOfTheSnippetsFunctionsAreRefused(String code, String message) {
        assertThatThrownBy(() -> analyze(code.replace("\\n", "\n"))).isInstanceOf(SourceProblem.class).hasMessage(message);
    }

    @Test
    void anEmptyListSummedIsAListOfInts() {
        assertThat(typeOfGlobal(analyze("x = sum([])"), "x")).isEqualTo(Type.INT);
    }

    @Test
    void enumerateTakesItsStartPositionally() {
        assertThat(typeOfGlobal(analyze("x = list(enumerate('ab', 1))"), "x").python()).isEqualTo("list[tuple[int, str]]");
    }

    @Test
    void typingHasADeadline() {
        // The element type of xs is learnt after the addition is seen, so solving has work left to do.
        var module = PARSER.parse("xs = []\nif len(xs) > 0:\n    print(xs[0] + 1)\nxs.append(2)");
        assertThatThrownBy(() -> new Analyzer().analyze(module, Program.IntWidth.I64, java.time.Duration.ofNanos(1)))
                .isInstanceOf(dev.codelive.codelive.syntax.LimitExceeded.class)
                .hasMessage("limit exceeded: parsing and typing took longer than 1 ms");
    }

    @Test
    void analysisIsDeterministic() {
        String code = "xs = [1, 2]\nfor i, x in enumerate(xs):\n    print(i, x)";
        assertThat(analyze(code)).isEqualTo(analyze(code));
        assertThat(List.of(analyze(code).main())).isEqualTo(List.of(analyze(code).main()));
    }
}
