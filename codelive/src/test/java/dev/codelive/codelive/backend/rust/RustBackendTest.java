package dev.codelive.codelive.backend.rust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.codelive.analysis.Analyzer;
import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.conformance.ConformanceCorpus;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.knobs.SqlDialect;
import dev.codelive.codelive.syntax.PythonParser;
import dev.codelive.codelive.syntax.SourceProblem;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the Rust backend writes and refuses, without a toolchain (the conformance test compiles and runs). */
class RustBackendTest {
    private final RustBackend backend = new RustBackend();

    private static Program program(String code, Program.IntWidth width) {
        return new Analyzer().analyze(new PythonParser().parse(code), width);
    }

    private Generated render(String code, Knobs knobs) {
        return backend.generate(program(code, Program.IntWidth.I64), knobs);
    }

    @Test
    void renderingTwiceGivesTheSameSource() {
        for (ConformanceCorpus.Snippet snippet : ConformanceCorpus.snippets()) {
            for (Program.IntWidth width : new Program.IntWidth[] {Program.IntWidth.I64, Program.IntWidth.I128}) {
                Program program;
                try {
                    program = program(snippet.source(), width);
                } catch (SourceProblem notAnalysed) {
                    continue;
                }
                String first;
                try {
                    first = backend.generate(program, Knobs.DEFAULTS).source();
                } catch (BackendRefusal refused) {
                    continue;
                }
                assertThat(backend.generate(program(snippet.source(), width), Knobs.DEFAULTS).source()).as(snippet.name()).isEqualTo(first);
            }
        }
    }

    @Test
    void refusesIntegersBeyond128Bits() {
        assertThatThrownBy(() -> backend.generate(program("print(2 ** 200)", Program.IntWidth.BIG), Knobs.DEFAULTS))
                .isInstanceOf(BackendRefusal.class)
                .hasMessageContaining("the rust backend cannot render: integers beyond 128 bits at 1:1");
    }

    @Test
    void refusesAListSharedByTwoNamesAndThenChanged() {
        assertThatThrownBy(() -> render("a = [1, 2]\nb = a\nb.append(3)\nprint(a)\n", Knobs.DEFAULTS))
                .isInstanceOf(BackendRefusal.class)
                .hasMessageContaining("a list shared by two names and then changed in place")
                .hasMessageEndingWith("at 2:1");
    }

    @Test
    void aCopiedListMayChange() {
        String source = render("a = [1, 2]\nb = a[:]\nb.append(3)\nprint(a, b)\n", Knobs.DEFAULTS).source();
        assertThat(source).contains("let mut b: Vec<i64> = a.clone();").contains("b.push(3);");
    }

    @Test
    void helpersAppearOnlyWhenUsed() {
        String ints = render("print(7 // 2, -7 % 3)\n", Knobs.DEFAULTS).source();
        assertThat(ints).doesNotContain("fn float_str").doesNotContain("fn floor_div");
        String floats = render("x = -7\ny = 2\nprint(x // y, x / y)\n", Knobs.DEFAULTS).source();
        assertThat(floats).contains("fn float_str(").contains("fn floor_div(").contains("fn true_div(");
    }

    @Test
    void unsafeDropsBoundsChecksInLoopsAndSaysWhere() {
        Knobs unsafe = new Knobs(false, 4, true, Set.of(), SqlDialect.SQLITE);
        Generated generated = render("xs = [3, 1, 2]\ntotal = 0\nfor i in range(len(xs)):\n    total += xs[i]\nprint(total)\n", unsafe);
        assertThat(generated.source()).contains("unsafe { *xs.get_unchecked(i as usize) }");
        assertThat(generated.warnings()).containsExactly("unsafe: no bounds check on xs[i] at 4:14");
    }

    @Test
    void functionsBorrowListsTheyReadAndMutablyBorrowListsTheyChange() {
        String source = render("""
                def add(xs, n):
                    xs.append(n)

                def total(xs):
                    return sum(xs)

                items = []
                add(items, 2)
                print(total(items))
                """, Knobs.DEFAULTS).source();
        assertThat(source).contains("fn add(xs: &mut Vec<i64>, n: i64) {").contains("fn total(xs: &[i64]) -> i64 {")
                .contains("add(&mut items, 2);").contains("total(&items)");
    }
}
