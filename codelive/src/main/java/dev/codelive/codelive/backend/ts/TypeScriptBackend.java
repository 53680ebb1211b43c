package dev.codelive.codelive.backend.ts;

import dev.codelive.codelive.backend.Backend;
import dev.codelive.codelive.backend.BackendInfo;
import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.backend.support.Identifiers;
import dev.codelive.codelive.backend.support.Prelude;
import dev.codelive.codelive.backend.support.SourceWriter;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.knobs.Fallback;
import dev.codelive.codelive.knobs.Knobs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a program as TypeScript: one file, standard library only, checked by {@code tsc --strict} and run by Node
 * 18+. Python ints are bigints at every width (see the package documentation); floats are numbers, printed with
 * CPython's repr by a helper copied in only when a float is printed.
 */
public final class TypeScriptBackend implements Backend {
    static final String NAME = "ts";
    private static final Prelude PRELUDE = Prelude.load(TypeScriptBackend.class, "prelude.ts");
    /** JavaScript's reserved words, TypeScript's, and the globals of ES2020 and Node a program must not shadow. */
    private static final Set<String> RESERVED = Set.of("break", "case", "catch", "class", "const", "continue", "debugger", "default",
            "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
            "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
            "while", "with", "yield", "let", "static", "implements", "interface", "package", "private", "protected", "public",
            "await", "async", "arguments", "eval", "undefined", "NaN", "Infinity", "Number", "String", "Boolean", "BigInt", "Math",
            "Array", "Object", "Symbol", "Error", "RangeError", "TypeError", "JSON", "Map", "Set", "Date", "RegExp", "Promise",
            "DataView", "ArrayBuffer", "Generator", "Iterable", "parseInt", "parseFloat", "isNaN", "isFinite", "console",
            "process", "require", "module", "exports", "Buffer", "global", "globalThis", "__dirname", "__filename", "setTimeout",
            "setInterval", "clearTimeout", "clearInterval", "setImmediate", "queueMicrotask", "structuredClone", "fetch", "URL",
            "performance", "crypto", "atob", "btoa", "TextEncoder", "TextDecoder", "AbortController", "Blob", "type", "as", "any",
            "declare", "namespace", "readonly", "keyof", "never", "unknown", "is", "infer", "constructor", "of");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BackendInfo info() {
        return new BackendInfo(NAME, "TypeScript 5 (strict, ES2020) on Node 18+",
                "tsc --strict --target es2020 --module commonjs --lib es2020 --types node main.ts && node main.js",
                List.of(),
                List.of("float powers and math.exp/log/log2/log10/sin/cos/tan/asin/acos/atan/atan2/hypot/pow (V8 rounds them"
                                + " differently from CPython's C library)",
                        "characters beyond U+FFFF", "the !a conversion and format specs with #, z, c or n",
                        "comparison chains whose middle operand has side effects"));
    }

    @Override
    public Generated generate(Program program, Knobs knobs) {
        Set<String> taken = Identifiers.pythonNames(program);
        Set<String> reserved = new HashSet<>(RESERVED);
        reserved.addAll(PRELUDE.names());
        Prelude.Selection helpers = PRELUDE.select();
        TsContext context = new TsContext(program, helpers, new Identifiers(reserved, taken), taken);
        TsExpressions expressions = new TsExpressions(context);

        SourceWriter functions = new SourceWriter("    ");
        for (Function function : program.functions()) {
            functions.blank();
            new TsStatements(context, expressions, functions).function(function);
        }
        SourceWriter main = new SourceWriter("    ");
        new TsStatements(context, expressions, main).main(program.main(), program.hoisted());

        StringBuilder source = new StringBuilder();
        if (!helpers.isEmpty()) {
            source.append(helpers.render()).append('\n');
        }
        String functionText = functions.toString().strip();
        if (!functionText.isEmpty()) {
            source.append(functionText).append("\n\n");
        }
        source.append(main);

        List<String> warnings = new ArrayList<>();
        Optional<Fallback> fallback = Optional.empty();
        if (knobs.unsafe()) {
            warnings.add("unsafe: no effect on the ts backend (JavaScript has no checks to drop)");
        }
        if (knobs.parallel()) {
            // worker_threads would mean a program that re-runs itself as its own workers and copies the data to each
            // one (structured clone): more code to read and more time than these loops take on one thread.
            warnings.add("parallel: TypeScript runs this program on one thread; rendered sequentially");
            fallback = Optional.of(new Fallback("parallel", "TypeScript runs this program on one thread; worker threads would copy"
                    + " the data and add more than they save for this loop", "single_threaded"));
        }
        return new Generated(source.toString().stripTrailing() + "\n", warnings, fallback);
    }
}
