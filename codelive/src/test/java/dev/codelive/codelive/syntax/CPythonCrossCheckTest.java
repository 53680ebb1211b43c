package dev.codelive.codelive.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codelive.codelive.syntax.Corpus.Snippet;
import dev.codelive.codelive.testing.Python3;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the corpus with CPython 3 ({@code crosscheck.py}): the valid snippets are real Python, and our printed form
 * of each gives CPython the very same AST, which checks our precedence, associativity and literal values against
 * CPython's; the invalid snippets are rejected by CPython too; the unsupported ones are valid Python we refuse.
 */
class CPythonCrossCheckTest {
    private static final PythonParser PARSER = Parsing.PARSER;

    @BeforeEach
    void requirePython() {
        Python3.require();
    }

    @Test
    void validSnippetsAreRealPythonAndPrintToTheSameAst(@TempDir Path directory) throws IOException {
        List<Snippet> snippets = Corpus.valid();
        for (Snippet snippet : snippets) {
            Files.writeString(directory.resolve(snippet.name() + ".py"), snippet.source(), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(snippet.name() + ".printed"),
                    AstPrinter.print(PARSER.parse(snippet.source())), StandardCharsets.UTF_8);
        }
        assertAllPass("same-ast", directory, snippets.size());
    }

    @Test
    void syntaxErrorsAreSyntaxErrorsForCPythonToo() throws IOException {
        assertAllPass("reject", Corpus.directory("invalid"), Corpus.invalid().size());
    }

    @Test
    void unsupportedSnippetsAreValidPython() throws IOException {
        assertAllPass("accept", Corpus.directory("unsupported"), Corpus.unsupported().size());
    }

    private static void assertAllPass(String mode, Path directory, int snippets) throws IOException {
        String script = Corpus.directory("").resolve("crosscheck.py").toString();
        List<String> lines = Python3.runFile(Path.of(script), List.of(mode, directory.toString()));
        assertThat(lines).hasSize(snippets);
        assertThat(lines).allSatisfy(line -> assertThat(line).endsWith("\tOK"));
    }
}
