package dev.codelive.codelive.backend.rust;

import dev.codelive.codelive.backend.Backend;
import dev.codelive.codelive.backend.BackendInfo;
import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.Generated;
import dev.codelive.codelive.backend.support.SourceWriter;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.knobs.Fallback;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.syntax.Position;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders a program as one Rust source file (stable Rust, any edition, std only). */
public final class RustBackend implements Backend {
    private static final BackendInfo INFO = new BackendInfo("rust", "Rust (stable, std only)",
            "rustc -O main.rs && ./main", List.of("parallel", "threads", "unsafe"),
            List.of("integers beyond 128 bits (Rust's std has no big integers)",
                    "a list shared by two names and then changed in place (Rust lists are values)",
                    "module-level variables read by functions, unless they are constants",
                    "format specs other than fill, alignment, sign, zero padding, width, grouping, precision and the d, x, o, b, f, e, % types"));

    @Override
    public String name() {
        return "rust";
    }

    @Override
    public BackendInfo info() {
        return INFO;
    }

    @Override
    public Generated generate(Program program, Knobs knobs) {
        if (program.intWidth() == Program.IntWidth.BIG) {
            throw new BackendRefusal("rust", "integers beyond 128 bits", firstPosition(program));
        }
        RustContext context = new RustContext(program, knobs);
        RustExpressions expressions = new RustExpressions(context);
        SourceWriter body = new SourceWriter("    ");
        constants(context, expressions, body);
        RustStatements statements = new RustStatements(context, expressions, body);
        for (Function function : program.functions()) {
            body.blank();
            statements.function(function);
        }
        body.blank();
        statements.main(program.main(), program.hoisted());

        SourceWriter file = new SourceWriter("    ");
        if (context.usesThreads) {
            context.useImport("std::thread");
        }
        context.imports().forEach(path -> file.line("use " + path + ";"));
        file.blank();
        if (context.usesThreads) {
            file.line("/// How many threads share each parallel loop.");
            file.line("const THREADS: usize = " + knobs.threads() + ";");
            file.blank();
        }
        file.raw(body.toString());
        RustPrelude.write(context, file);

        Optional<Fallback> fallback = Optional.empty();
        if (!context.sequential.isEmpty()) {
            String reason = String.join("; ", context.sequential);
            if (context.usesThreads) {
                context.warnings.add("parallel: some parts stay sequential: " + reason);
            } else {
                fallback = Optional.of(new Fallback("parallel", reason + ", so it runs sequentially", "shape"));
            }
        }
        if (knobs.unsafe() && context.warnings.stream().noneMatch(warning -> warning.startsWith("unsafe:"))) {
            context.warnings.add("unsafe: no index inside a loop is proven non-negative here, so no bounds check was dropped");
        }
        String source = file.toString().stripLeading();
        return new Generated(source, context.warnings, fallback);
    }

    private static Position firstPosition(Program program) {
        if (!program.main().isEmpty()) {
            return program.main().getFirst().span().start();
        }
        return new Position(1, 1);
    }

    /** Module-level variables that functions read become Rust constants; anything else they read is refused. */
    private static void constants(RustContext context, RustExpressions expressions, SourceWriter out) {
        Program program = context.program;
        context.enter(null);
        for (Variable global : program.globalsReadByFunctions()) {
            Stmt.Assign definition = program.main().stream()
                    .filter(statement -> statement instanceof Stmt.Assign assign && assign.target() instanceof Target.Store store
                            && store.variable().equals(global) && store.declares())
                    .map(Stmt.Assign.class::cast).findFirst().orElse(null);
            if (definition == null || context.body().isReassigned(global) || context.body().isMutated(global)
                    || !constant(definition.value(), context)) {
                throw RustContext.refuse("a function reading the module-level variable " + global.name()
                        + " that is not a constant", definition == null ? program.functions().getFirst().body().getFirst().span()
                        : definition.span());
            }
            String name = context.names.of(global.name().toUpperCase(Locale.ROOT));
            String type = switch (global.type()) {
                case Type.Str ignored -> "&str";
                case Type.ListOf list -> "&[" + context.types.of(list.element()) + "]";
                default -> context.types.of(global.type());
            };
            Expr value = definition.value();
            String code = switch (value) {
                case Expr.ListLiteral list -> "&[" + String.join(", ", list.elements().stream().map(expressions::owned).toList()) + "]";
                case Expr.StrConst constant -> RustExpressions.stringLiteral(constant.value());
                default -> global.type() instanceof Type.Float ? expressions.number(value, Type.FLOAT).code() : expressions.owned(value);
            };
            out.line("const " + name + ": " + type + " = " + code + ";");
            context.constants.put(global, name);
        }
    }

    /** Whether Rust can evaluate the value at compile time. */
    private static boolean constant(Expr value, RustContext context) {
        return switch (value) {
            case Expr.IntConst ignored -> true;
            case Expr.FloatConst ignored -> true;
            case Expr.BoolConst ignored -> true;
            case Expr.StrConst ignored -> true;
            case Expr.Load load -> context.constants.containsKey(load.variable());
            case Expr.Negate negate -> constant(negate.operand(), context);
            case Expr.Binary binary -> switch (binary.operator()) {
                case ADD, SUBTRACT, MULTIPLY -> binary.type().isNumeric() && constant(binary.left(), context) && constant(binary.right(), context);
                case POWER -> binary.type() instanceof Type.Int && binary.right() instanceof Expr.IntConst exponent
                        && exponent.value().signum() >= 0 && constant(binary.left(), context);
                case DIVIDE -> binary.left().type() instanceof Type.Float && binary.right().type() instanceof Type.Float
                        && constant(binary.left(), context) && constant(binary.right(), context);
                default -> false;
            };
            case Expr.TupleLiteral tuple -> RustTypes.isCopy(tuple.type()) && tuple.elements().stream().allMatch(e -> constant(e, context));
            case Expr.ListLiteral list -> RustTypes.isCopy(((Type.ListOf) list.type()).element())
                    && list.elements().stream().allMatch(e -> constant(e, context));
            default -> false;
        };
    }
}
