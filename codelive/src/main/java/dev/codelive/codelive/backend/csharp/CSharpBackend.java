package dev.codelive.codelive.backend.csharp;

import dev.codelive.codelive.analysis.ParallelPlan;
import dev.codelive.codelive.backend.Backend;
import dev.codelive.codelive.backend.BackendInfo;
import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.backend.support.Identifiers;
import dev.codelive.codelive.backend.support.Prelude;
import dev.codelive.codelive.backend.support.SourceWriter;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.knobs.Fallback;
import dev.codelive.codelive.knobs.Knobs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a program as C# 7: one file, base class library only, compiled by Mono's
 * {@code mcs -langversion:7 -r:System.Numerics.dll main.cs} and run by {@code mono main.exe} (or built by modern
 * .NET). Ints are {@code long} at 64 bits and {@code BigInteger} wider; the culture is invariant throughout.
 */
public final class CSharpBackend implements Backend {
    static final String NAME = "csharp";
    private static final Prelude PRELUDE = Prelude.load(CSharpBackend.class, "prelude.cs");
    /** C#'s keywords, and the names the program's own classes and methods take. */
    private static final Set<String> RESERVED = Set.of("abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char",
            "checked", "class", "const", "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event",
            "explicit", "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int",
            "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof",
            "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong",
            "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while", "var", "dynamic", "async", "await",
            "nameof", "when", "yield", "value", "from", "where", "select", "let", "orderby", "group", "into", "join", "on",
            "equals", "by", "ascending", "descending", "Program", "Main", "Py", "Console", "Math", "BigInteger", "Exception",
            "List", "String", "System", "ValueTuple", "CultureInfo", "Enumerable", "StringComparison", "InvalidOperationException",
            "Parallel", "ParallelOptions", CsParallel.THREADS);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BackendInfo info() {
        return new BackendInfo(NAME, "C# 7 (Mono mcs or modern .NET)",
                "mcs -langversion:7 -r:System.Numerics.dll -out:main.exe main.cs && mono main.exe", List.of("parallel", "threads"),
                List.of("math.log2 and math.hypot (no C library counterpart on Mono)", "characters beyond U+FFFF",
                        "the !a conversion and format specs with #, z, c or n", "zip() of more than three iterables",
                        "comparison chains whose middle operand has side effects"));
    }

    @Override
    public Generated generate(Program program, Knobs knobs) {
        Set<String> taken = Identifiers.pythonNames(program);
        Set<String> reserved = new HashSet<>(RESERVED);
        Prelude.Selection helpers = PRELUDE.select();
        CsContext context = new CsContext(program, helpers, new Identifiers(reserved, taken), taken,
                knobs.parallel() ? Optional.of(ParallelPlan.of(program)) : Optional.empty());
        CsExpressions expressions = new CsExpressions(context);
        Set<Variable> fields = new LinkedHashSet<>(program.globalsReadByFunctions());

        SourceWriter body = new SourceWriter("    ");
        body.indent();
        for (Variable field : fields) {
            body.line("static " + expressions.types.of(field.type(), dev.codelive.codelive.backend.csharp.CsStatements.NOWHERE_SPAN) + " "
                    + context.name(field) + ";");
        }
        for (Function function : program.functions()) {
            body.blank();
            new CsStatements(context, expressions, body, fields).function(function);
        }
        body.blank();
        body.line("public static void Main()");
        body.line("{").indent();
        body.line("CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;");
        if (nonAscii(program)) {
            body.line("Console.OutputEncoding = new UTF8Encoding(false);");
        }
        new CsStatements(context, expressions, body, fields).main(program.main(), program.hoisted());
        body.dedent().line("}");

        // Known only once the program is rendered: whether it runs chunks in parallel, one per thread of the knob.
        String threads = context.parallelUsed ? "    const int " + CsParallel.THREADS + " = " + knobs.threads() + ";\n" : "";
        String helperText = helpers.isEmpty() ? "" : helpers.render();
        StringBuilder source = new StringBuilder();
        for (String namespace : usings(helperText + body, program)) {
            source.append("using ").append(namespace).append(";\n");
        }
        source.append("\npublic static class Program\n{\n").append(threads).append(body.toString().stripLeading().isEmpty() ? "" : body).append("}\n");
        if (!helperText.isEmpty()) {
            source.append("\nstatic class Py\n{\n").append(helperText).append("}\n");
        }
        List<String> warnings = new ArrayList<>();
        Optional<Fallback> fallback = Optional.empty();
        if (knobs.unsafe()) {
            // Dropping them would take unsafe code, pointers pinned with fixed and mcs -unsafe: not worth it here.
            warnings.add("unsafe: no effect on csharp: bounds checks are part of the language");
        }
        if (!context.sequentialReasons.isEmpty()) {
            // As rust and go: a fallback only when nothing runs in parallel, else a warning for each part that does not.
            if (context.parallelUsed) {
                context.sequentialReasons.forEach(reason -> warnings.add("parallel: some parts stay sequential: " + reason));
            } else {
                fallback = Optional.of(new Fallback("parallel", context.sequentialReasons.getFirst(), "shape"));
            }
        }
        return new Generated(source.toString(), warnings, fallback);
    }

    /** The namespaces the program text uses. */
    private static List<String> usings(String text, Program program) {
        List<String> namespaces = new ArrayList<>(List.of("System", "System.Collections.Generic", "System.Globalization", "System.Linq"));
        if (text.contains("BigInteger")) {
            namespaces.add("System.Numerics");
        }
        if (text.contains("IList ") || text.contains("IList)")) {
            namespaces.add("System.Collections");
        }
        if (text.contains("ITuple")) {
            namespaces.add("System.Runtime.CompilerServices");
        }
        if (text.contains("StringBuilder") || text.contains("UTF8Encoding")) {
            namespaces.add("System.Text");
        }
        if (text.contains("Regex")) {
            namespaces.add("System.Text.RegularExpressions");
        }
        return namespaces;
    }

    /** Whether some string the program writes has a non-ASCII character, so stdout must be UTF-8. */
    private static boolean nonAscii(Program program) {
        List<Expr> found = new ArrayList<>();
        program.functions().forEach(f -> IrWalk.expressions(f.body(), found::add));
        IrWalk.expressions(program.main(), found::add);
        return found.stream().anyMatch(e -> e instanceof Expr.StrConst s && s.value().chars().anyMatch(c -> c > 0x7f)
                || e instanceof Expr.FString f && f.parts().stream().anyMatch(p -> p instanceof Expr.FString.Part.Text t
                && t.text().chars().anyMatch(c -> c > 0x7f))
                || e instanceof Expr.BuiltinCall call && call.builtin() == dev.codelive.codelive.ir.Builtin.CHR);
    }
}
