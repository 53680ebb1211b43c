package dev.codelive.codelive.backend.rust;

import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.backend.support.NonNegativeVariables;
import dev.codelive.codelive.backend.support.ProgramFacts;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.knobs.Knobs;
import dev.codelive.codelive.syntax.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one rendering: the program's facts, the helpers and {@code use} lines the code so far needs, the
 * warnings, and how each variable in scope is spelled and held.
 */
final class RustContext {
    static final String BACKEND = "rust";

    final Program program;
    final Knobs knobs;
    final RustTypes types;
    final RustNames names = new RustNames();
    final ProgramFacts facts;
    final NonNegativeVariables nonNegative;
    private final Set<RustHelper> helpers = EnumSet.noneOf(RustHelper.class);
    private final Set<Type> reprTypes = new LinkedHashSet<>();
    private final Set<String> uses = new LinkedHashSet<>();
    final List<String> warnings = new ArrayList<>();
    /** Module-level constants that functions read, by variable. */
    final Map<Variable, String> constants = new HashMap<>();
    private final Deque<Map<Variable, Binding>> scopes = new ArrayDeque<>();
    private Function function;
    private ProgramFacts.Body body;
    private final Set<String> taken = new java.util.HashSet<>();
    /** Every name the snippet uses, which temporaries must not shadow. */
    private final Set<String> snippetNames = new java.util.HashSet<>();
    /** Nesting of loops, for labelled breaks and unsafe indexing. */
    int loopDepth;
    /** What may run in parallel: null unless the parallel knob is on. */
    final dev.codelive.codelive.analysis.ParallelPlan plan;
    /** Nesting of parallel workers being rendered: code inside a worker stays sequential. */
    int workers;
    /** Whether the program spawns threads (it then needs {@code use std::thread} and {@code THREADS}). */
    boolean usesThreads;
    /** Why nodes ParallelPlan chose stayed sequential here, in rendering order. */
    final List<String> sequential = new ArrayList<>();

    /** How a variable is spelled here and what its name denotes. */
    record Binding(String name, Rendered.Shape shape) {}

    RustContext(Program program, Knobs knobs) {
        this.program = program;
        this.knobs = knobs;
        this.types = new RustTypes(program.intWidth());
        for (RustHelper helper : RustHelper.values()) {
            names.reserve(helper.function());
        }
        this.facts = ProgramFacts.of(program, BACKEND);
        program.globals().forEach(variable -> snippetNames.add(names.of(variable.name())));
        program.functions().forEach(function -> {
            snippetNames.add(names.of(function.name()));
            function.parameters().forEach(variable -> snippetNames.add(names.of(variable.name())));
            function.locals().forEach(variable -> snippetNames.add(names.of(variable.name())));
        });
        java.util.function.Consumer<dev.codelive.codelive.ir.Target> collect = target -> {
            if (target instanceof dev.codelive.codelive.ir.Target.Store store) {
                snippetNames.add(names.of(store.variable().name()));
            }
        };
        IrWalk.targets(program.main(), collect);
        program.functions().forEach(function -> IrWalk.targets(function.body(), collect));
        this.nonNegative = NonNegativeVariables.of(program);
        this.plan = knobs.parallel() ? dev.codelive.codelive.analysis.ParallelPlan.of(program) : null;
    }

    static BackendRefusal refuse(String construct, Span span) {
        return new BackendRefusal(BACKEND, construct, span.start());
    }

    void use(RustHelper helper) {
        if (helpers.add(helper)) {
            helper.dependencies().forEach(this::use);
        }
    }

    Set<RustHelper> helpers() {
        return helpers;
    }

    void useImport(String path) {
        uses.add(path);
    }

    Set<String> imports() {
        return uses;
    }

    /** Records that values of this type are printed inside a list or tuple, or by {@code repr}. */
    void useRepr(Type type) {
        if (!reprTypes.add(type)) {
            return;
        }
        switch (type) {
            case Type.ListOf list -> useRepr(list.element());
            case Type.TupleOf tuple -> tuple.elements().forEach(this::useRepr);
            case Type.Float ignored -> use(RustHelper.FLOAT_STR);
            case Type.Bool ignored -> use(RustHelper.BOOL_STR);
            case Type.Str ignored -> use(RustHelper.STR_REPR);
            default -> { }
        }
    }

    Set<Type> reprTypes() {
        return reprTypes;
    }

    /** Starts a function's body (null: the module's code). */
    void enter(Function function) {
        this.function = function;
        this.body = function == null ? facts.main() : facts.of(function);
        scopes.clear();
        scopes.push(new HashMap<>());
        taken.clear();
        loopDepth = 0;
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
        String constant = constants.get(variable);
        if (constant != null) {
            return new Binding(constant, RustTypes.isCopy(variable.type()) ? Rendered.Shape.VALUE : Rendered.Shape.SLICE);
        }
        return new Binding(name(variable), Rendered.Shape.PLACE);
    }

    /** The Rust name of a variable: unread ones start with an underscore, as Rust expects. */
    String name(Variable variable) {
        if (variable.name().equals("_")) {
            return body.isRead(variable) ? names.of("underscore") : "_";
        }
        String name = names.of(variable.name());
        return body.isRead(variable) || name.startsWith("_") ? name : "_" + name;
    }

    boolean isMutable(Variable variable) {
        return body.isReassigned(variable) || body.isMutated(variable);
    }

    /** A fresh name for a temporary of the generated code. */
    String temporary(String stem) {
        String base = names.of(stem);
        String name = base;
        for (int n = 2; snippetNames.contains(name) || taken.contains(name); n++) {
            name = base + n;
        }
        taken.add(name);
        return name;
    }

    boolean nonNegative(dev.codelive.codelive.ir.Expr expression) {
        return nonNegative.holds(function, expression);
    }
}
