package dev.codelive.codelive.backend.go;

import dev.codelive.codelive.analysis.ParallelPlan;
import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.support.NonNegativeVariables;
import dev.codelive.codelive.backend.support.ProgramFacts;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.syntax.BinaryOperator;
import dev.codelive.codelive.syntax.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The state of one Go rendering: the program's facts, the helpers and packages the code so far needs, and how each
 * variable in scope is spelled and held (a list parameter the function grows or shrinks is a pointer).
 */
final class GoContext {
    static final String BACKEND = "go";
    private static final Set<String> RESIZING = Set.of("append", "pop", "insert", "extend", "remove", "clear");

    final Program program;
    final Knobs knobs;
    final GoTypes types;
    final GoNames names = new GoNames();
    final ProgramFacts facts;
    final NonNegativeVariables nonNegative;
    final List<String> warnings = new ArrayList<>();
    /** What may run in parallel: null unless the parallel knob is on. */
    final ParallelPlan plan;
    /** Nesting of goroutine work functions being rendered: code inside one stays sequential. */
    int workers;
    /** Whether some node runs on goroutines, so that the program declares its thread count. */
    boolean parallelUsed;
    /** Why nodes ParallelPlan chose stay sequential here, in rendering order. */
    final List<String> sequential = new ArrayList<>();
    private final Set<GoHelper> helpers = EnumSet.noneOf(GoHelper.class);
    private final Set<String> imports = new TreeSet<>();
    /** Function → indexes of the list parameters it grows or shrinks (the caller must see it: a pointer). */
    private final Map<String, Set<Integer>> resized = new HashMap<>();
    private final Deque<Map<Variable, Binding>> scopes = new ArrayDeque<>();
    private final Set<String> taken = new HashSet<>();
    /** Variables of the generated code's own loops, read by the code around them. */
    private final Set<Variable> synthetic = new HashSet<>();
    private Function function;
    private ProgramFacts.Body body;

    /** How a variable is spelled; {@code pointer} for a {@code *[]T} parameter. */
    record Binding(String name, boolean pointer) {}

    /** @param reserved the program's own names the snippet's names must avoid (those a first rendering declared) */
    GoContext(Program program, Knobs knobs, Set<String> reserved) {
        this.program = program;
        this.knobs = knobs;
        this.types = new GoTypes(program.intWidth() != Program.IntWidth.I64);
        reserved.forEach(names::reserve);
        avoidSnippetNames(program);
        this.plan = knobs.parallel() ? ParallelPlan.of(program) : null;
        this.facts = ProgramFacts.of(program, BACKEND);
        this.nonNegative = NonNegativeVariables.of(program);
        findResizedParameters();
    }

    static BackendRefusal refuse(String construct, Span span) {
        return new BackendRefusal(BACKEND, construct, span.start());
    }

    boolean big() {
        return types.big();
    }

    void use(GoHelper helper) {
        if (helpers.add(helper)) {
            helper.dependencies().forEach(this::use);
            helper.imports(big()).forEach(imports::add);
        }
    }

    /** Uses a helper and answers its name, for building a call. */
    String helper(GoHelper helper) {
        use(helper);
        return helper.function();
    }

    Set<GoHelper> helpers() {
        return helpers;
    }

    /**
     * The names the rendered program declares besides the snippet's: its helpers, its tuple types and the thread
     * count. The snippet's names must not take them.
     */
    Set<String> programNames() {
        Set<String> declared = new TreeSet<>(types.tuples().keySet());
        helpers.forEach(helper -> declared.add(helper.function()));
        if (parallelUsed) {
            declared.add(GoParallel.THREADS);
        }
        return declared;
    }

    void importPackage(String path) {
        imports.add(path);
    }

    Set<String> imports() {
        return imports;
    }

    void enter(Function function) {
        this.function = function;
        this.body = function == null ? facts.main() : facts.of(function);
        scopes.clear();
        scopes.push(new HashMap<>());
        taken.clear();
    }

    Function function() {
        return function;
    }

    ProgramFacts.Body body() {
        return body;
    }

    void push() {
        scopes.push(new HashMap<>());
    }

    void pop() {
        scopes.pop();
    }

    void bind(Variable variable, Binding binding) {
        scopes.peek().put(variable, binding);
    }

    Binding binding(Variable variable) {
        for (Map<Variable, Binding> scope : scopes) {
            Binding binding = scope.get(variable);
            if (binding != null) {
                return binding;
            }
        }
        return new Binding(name(variable), false);
    }

    String name(Variable variable) {
        if (synthetic.contains(variable)) {
            return variable.name();
        }
        if (variable.name().equals("_")) {
            return isRead(variable) ? names.of("underscore") : "_";
        }
        return names.of(variable.name());
    }

    /** Whether anything reads the variable: Go refuses variables that are only stored. */
    void markRead(Variable variable) {
        synthetic.add(variable);
    }

    boolean isRead(Variable variable) {
        if (synthetic.contains(variable)) {
            return true;
        }
        if (variable.scope() == Variable.Scope.GLOBAL && program.globalsReadByFunctions().contains(variable)) {
            return true;
        }
        return body.isRead(variable);
    }

    String temporary(String stem) {
        return names.temporary(stem, taken);
    }

    /** The temporaries taken so far in this function. */
    Set<String> temporaries() {
        return Set.copyOf(taken);
    }

    /** Frees the temporaries taken since {@code before}: those of a function literal, once it is written, are out of scope. */
    void releaseTemporaries(Set<String> before) {
        taken.retainAll(before);
    }

    boolean nonNegative(Expr expression) {
        return nonNegative.holds(function, expression);
    }

    boolean resizesParameter(String function, int index) {
        return resized.getOrDefault(function, Set.of()).contains(index);
    }

    /** A temporary named before a snippet's variable gets its spelling (a loop variable called result) must not take it. */
    private void avoidSnippetNames(Program program) {
        Consumer<Target> stored = target -> {
            if (target instanceof Target.Store store) {
                names.avoid(store.variable().name());
            }
        };
        for (Function candidate : program.functions()) {
            names.avoid(candidate.name());
            candidate.parameters().forEach(parameter -> names.avoid(parameter.name()));
            IrWalk.targets(candidate.body(), stored);
        }
        IrWalk.targets(program.main(), stored);
    }

    private void findResizedParameters() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Function candidate : program.functions()) {
                Set<Integer> indexes = resized.computeIfAbsent(candidate.name(), ignored -> new HashSet<>());
                for (int i = 0; i < candidate.parameters().size(); i++) {
                    Variable parameter = candidate.parameters().get(i);
                    if (parameter.type() instanceof Type.ListOf && !indexes.contains(i)
                            && facts.rebinding(candidate, parameter).isEmpty() && resizes(candidate.body(), parameter)) {
                        indexes.add(i);
                        changed = true;
                    }
                }
            }
        }
    }

    private boolean resizes(List<Stmt> body, Variable parameter) {
        boolean[] found = {false};
        IrWalk.expressions(body, expression -> {
            if (expression instanceof Expr.MethodCall call && RESIZING.contains(call.method()) && isLoad(call.receiver(), parameter)) {
                found[0] = true;
            }
            if (expression instanceof Expr.Call call) {
                for (int i = 0; i < call.arguments().size(); i++) {
                    if (isLoad(call.arguments().get(i), parameter) && resized.getOrDefault(call.function(), Set.of()).contains(i)) {
                        found[0] = true;
                    }
                }
            }
        });
        IrWalk.statements(body, statement -> {
            if (statement instanceof Stmt.AugAssign assign && assign.target() instanceof Target.Store store
                    && store.variable().equals(parameter) && (assign.operator() == BinaryOperator.ADD || assign.operator() == BinaryOperator.MULTIPLY)) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static boolean isLoad(Expr expression, Variable variable) {
        return expression instanceof Expr.Load load && load.variable().equals(variable);
    }

    /**
     * Whether {@code store} declares its variable where it stands: the IR says it does, and the variable is not one of
     * the package-level globals that functions read (those are declared once, at package level).
     */
    boolean declares(Target.Store store) {
        return store.declares() && !packageLevel(store.variable());
    }

    /** A variable of the main body that functions read, so it lives at package level. */
    boolean packageLevel(Variable variable) {
        return function() == null && program.globalsReadByFunctions().contains(variable);
    }
}
