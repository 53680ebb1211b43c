package dev.codelive.codelive.backend.support;

import dev.codelive.codelive.backend.BackendRefusal;
import dev.codelive.codelive.ir.Builtin;
import dev.codelive.codelive.ir.Expr;
import dev.codelive.codelive.ir.Function;
import dev.codelive.codelive.ir.IrWalk;
import dev.codelive.codelive.ir.Program;
import dev.codelive.codelive.ir.Stmt;
import dev.codelive.codelive.ir.Target;
import dev.codelive.codelive.ir.Type;
import dev.codelive.codelive.ir.Variable;
import dev.codelive.codelive.syntax.BinaryOperator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the backends need to know about how a program uses its variables and lists: which variables are read,
 * stored again or changed in place, and which list parameters a function changes. It also refuses the programs
 * whose meaning depends on two names sharing one list object that is then changed ({@code b = a; b.append(1)}):
 * backends with value semantics (Rust copies, Go's {@code append} reallocates) would print something else.
 */
public final class ProgramFacts {
    private static final int UNKNOWN = -1;
    private static final int NONE = -2;

    private final Program program;
    private final String backend;
    private final Map<String, Function> functions = new LinkedHashMap<>();
    /** Function → parameter index → the smallest depth at which the function changes that list parameter. */
    private final Map<String, Map<Integer, Integer>> mutatedParameters = new HashMap<>();
    /** Function → the index of the parameter whose list it may return, {@link #UNKNOWN} or {@link #NONE}. */
    private final Map<String, Integer> returnedParameter = new HashMap<>();
    private final Map<Function, Body> bodies = new HashMap<>();
    private final Body main;

    private ProgramFacts(Program program, String backend) {
        this.program = program;
        this.backend = backend;
        program.functions().forEach(function -> functions.put(function.name(), function));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Function function : program.functions()) {
                Map<Integer, Integer> mutated = new HashMap<>();
                for (Mutation mutation : mutations(function.body())) {
                    int index = function.parameters().indexOf(mutation.path().root());
                    if (index >= 0 && rebinding(function, mutation.path().root()).isEmpty()) {
                        mutated.merge(index, mutation.path().depth(), Math::min);
                    }
                }
                changed |= !mutated.equals(mutatedParameters.put(function.name(), mutated));
                int returned = returnedParameter(function);
                changed |= !Integer.valueOf(returned).equals(returnedParameter.put(function.name(), returned));
            }
        }
        for (Function function : program.functions()) {
            bodies.put(function, new Body(function.body(), function.parameters()));
        }
        main = new Body(program.main(), List.of());
    }

    /**
     * @throws BackendRefusal when the program observes two names sharing a list that one of them changes
     */
    public static ProgramFacts of(Program program, String backend) {
        return new ProgramFacts(program, backend);
    }

    public Body of(Function function) {
        return bodies.get(function);
    }

    public Body main() {
        return main;
    }

    /** Whether {@code function} changes the list passed as its parameter {@code index} (or a list inside it). */
    public boolean mutatesParameter(String function, int index) {
        return mutatedParameters.getOrDefault(function, Map.of()).containsKey(index);
    }

    /**
     * The assignment that opens a function by rebinding a list parameter to a fresh list ({@code xs = list(xs)}),
     * before anything else touches it: the function then never changes the caller's list.
     */
    public Optional<Stmt.Assign> rebinding(Function function, Variable parameter) {
        for (Stmt statement : function.body()) {
            if (statement instanceof Stmt.Assign assign && assign.target() instanceof Target.Store store && store.variable().equals(parameter)) {
                return sources(assign.value()).isEmpty() ? Optional.of(assign) : Optional.empty();
            }
            boolean[] touched = {false};
            IrWalk.expressions(List.of(statement), e -> touched[0] |= e instanceof Expr.Load load && load.variable().equals(parameter));
            IrWalk.targets(List.of(statement), t -> touched[0] |= t instanceof Target.Store store && store.variable().equals(parameter));
            if (touched[0]) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a {@code for} loop over a list variable changes that list (appends to it, stores into it, passes it to a
     * function that changes it): Python's iterator then walks it by position, seeing the changes.
     */
    public boolean changesWhileIterating(Stmt.For loop) {
        return loop.iterable() instanceof Expr.Load load && load.type() instanceof Type.ListOf
                && mutations(loop.body()).stream().anyMatch(m -> m.path().root().equals(load.variable()));
    }

    /**
     * The print arguments to evaluate into temporaries first, in order: Python evaluates every argument, then shows
     * them, so a list printed before a call that changes it shows the change ({@code print(xs, xs.pop())}). Empty when
     * showing each argument as it is evaluated is the same.
     */
    public static List<Integer> printArgumentsToEvaluateFirst(Stmt.Print print) {
        List<Expr> values = print.values();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof Expr.Load load && containsList(load.type())) {
                for (Expr later : values.subList(i + 1, values.size())) {
                    if (changesSomething(later)) {
                        List<Integer> computed = new ArrayList<>();
                        for (int k = 0; k < values.size(); k++) {
                            Expr value = values.get(k);
                            if (!(value.type() instanceof Type.None || value instanceof Expr.Load || value instanceof Expr.IntConst || value instanceof Expr.StrConst
                                    || value instanceof Expr.FloatConst || value instanceof Expr.BoolConst || value instanceof Expr.NoneConst)) {
                                computed.add(k);
                            }
                        }
                        return computed;
                    }
                }
            }
        }
        return List.of();
    }

    private static boolean changesSomething(Expr expression) {
        boolean[] found = {false};
        IrWalk.expressions(expression, inner -> found[0] |= inner instanceof Expr.Call
                || inner instanceof Expr.MethodCall call && call.receiver().type() instanceof Type.ListOf && Effects.MUTATING_METHODS.contains(call.method()));
        return found[0];
    }

    /** What one body (a function's or the module's) does with its variables. */
    public final class Body {
        private final Set<Variable> read = new HashSet<>();
        private final Map<Variable, Integer> stores = new HashMap<>();
        private final Set<Variable> reassigned = new HashSet<>();
        private final Set<Variable> mutated = new HashSet<>();

        private Body(List<Stmt> statements, List<Variable> parameters) {
            IrWalk.expressions(statements, expression -> {
                if (expression instanceof Expr.Load load) {
                    read.add(load.variable());
                }
            });
            IrWalk.targets(statements, target -> {
                if (target instanceof Target.Store store) {
                    stores.merge(store.variable(), 1, Integer::sum);
                    if (!store.declares() || parameters.contains(store.variable())) {
                        reassigned.add(store.variable());
                    }
                }
            });
            IrWalk.statements(statements, statement -> {
                if (statement instanceof Stmt.AugAssign assign && assign.target() instanceof Target.Store store) {
                    reassigned.add(store.variable());
                }
            });
            List<Mutation> mutations = mutations(statements);
            mutations.forEach(mutation -> mutated.add(mutation.path().root()));
            new Aliasing(statements, mutations).check();
        }

        /** Whether any expression reads the variable. */
        public boolean isRead(Variable variable) {
            return read.contains(variable);
        }

        /** Whether the variable is stored other than by its declaration (or is a parameter stored at all). */
        public boolean isReassigned(Variable variable) {
            return reassigned.contains(variable);
        }

        /** Whether a list the variable holds is changed in place (append, element store, a callee that changes it). */
        public boolean isMutated(Variable variable) {
            return mutated.contains(variable);
        }
    }

    /** A list changed in place, where it lives. */
    private record Mutation(ListPaths path, Stmt site) {}

    /** A list stored where it is reachable from a second place; either side may be unknown (null). */
    private record Share(ListPaths source, ListPaths destination, Stmt site) {}

    private List<Mutation> mutations(List<Stmt> statements) {
        List<Mutation> mutations = new ArrayList<>();
        IrWalk.statements(statements, statement -> {
            switch (statement) {
                case Stmt.Assign assign -> elementStores(assign.target(), statement, mutations);
                case Stmt.AugAssign assign -> {
                    elementStores(assign.target(), statement, mutations);
                    boolean inPlace = assign.operator() == BinaryOperator.ADD || assign.operator() == BinaryOperator.MULTIPLY;
                    if (inPlace && assign.target().type() instanceof Type.ListOf) {
                        switch (assign.target()) {
                            case Target.Store store -> mutations.add(new Mutation(new ListPaths(store.variable(), 0), statement));
                            case Target.Element element -> ListPaths.of(element.list())
                                    .ifPresent(path -> mutations.add(new Mutation(path.deeper(1), statement)));
                            case Target.Unpack ignored -> { }
                        }
                    }
                }
                default -> { }
            }
            forEachExpression(statement, expression -> {
                if (expression instanceof Expr.MethodCall call && call.receiver().type() instanceof Type.ListOf
                        && Effects.MUTATING_METHODS.contains(call.method())) {
                    ListPaths.of(call.receiver()).ifPresent(path -> mutations.add(new Mutation(path, statement)));
                }
                if (expression instanceof Expr.Call call) {
                    mutatedParameters.getOrDefault(call.function(), Map.of()).forEach((index, depth) ->
                            ListPaths.of(call.arguments().get(index))
                                    .ifPresent(path -> mutations.add(new Mutation(path.deeper(depth), statement))));
                }
            });
        });
        return mutations;
    }

    private static void elementStores(Target target, Stmt site, List<Mutation> mutations) {
        switch (target) {
            case Target.Element element -> ListPaths.of(element.list()).ifPresent(path -> mutations.add(new Mutation(path, site)));
            case Target.Unpack unpack -> unpack.targets().forEach(inner -> elementStores(inner, site, mutations));
            case Target.Store ignored -> { }
        }
    }

    /** The expressions of one statement, not of the statements nested in it. */
    private static void forEachExpression(Stmt statement, java.util.function.Consumer<Expr> visitor) {
        List<Stmt> shallow = switch (statement) {
            case Stmt.If conditional -> List.of(new Stmt.If(conditional.branches().stream()
                    .map(branch -> new Stmt.If.Branch(branch.condition(), List.of())).toList(), List.of(), conditional.span()));
            case Stmt.While loop -> List.of(new Stmt.While(loop.condition(), List.of(), List.of(), loop.span()));
            case Stmt.For loop -> List.of(new Stmt.For(loop.target(), loop.iterable(), List.of(), List.of(), loop.span()));
            default -> List.of(statement);
        };
        IrWalk.expressions(shallow, visitor);
    }

    private int returnedParameter(Function function) {
        int[] answer = {NONE};
        IrWalk.statements(function.body(), statement -> {
            if (statement instanceof Stmt.Return ret && ret.value().isPresent() && containsList(ret.value().get().type())) {
                for (ListPaths path : sources(ret.value().get())) {
                    int index = path == null ? UNKNOWN : function.parameters().indexOf(path.root());
                    if (index == UNKNOWN && path != null && path.root().scope() == Variable.Scope.LOCAL) {
                        continue; // a local list: the caller gets the only reference (locals aliasing a parameter are refused)
                    }
                    answer[0] = answer[0] == NONE || answer[0] == index ? index : UNKNOWN;
                }
            }
        });
        return answer[0];
    }

    /** The places a list value may already live (null: somewhere unknown); empty for a fresh list. */
    private List<ListPaths> sources(Expr value) {
        List<ListPaths> found = new ArrayList<>();
        switch (value) {
            case Expr.Load ignored -> ListPaths.of(value).ifPresent(found::add);
            case Expr.Index ignored -> ListPaths.of(value).ifPresent(found::add);
            case Expr.Conditional conditional -> {
                found.addAll(sources(conditional.whenTrue()));
                found.addAll(sources(conditional.whenFalse()));
            }
            case Expr.Logical logical -> logical.operands().forEach(operand -> found.addAll(sources(operand)));
            case Expr.MethodCall call when call.method().equals("pop") && call.receiver().type() instanceof Type.ListOf ->
                    ListPaths.of(call.receiver()).ifPresent(path -> found.add(path.deeper(1)));
            case Expr.Call call -> {
                int returned = returnedParameter.getOrDefault(call.function(), NONE);
                if (returned == UNKNOWN) {
                    found.add(null);
                } else if (returned >= 0) {
                    found.addAll(sources(call.arguments().get(returned)));
                }
            }
            default -> { }
        }
        return found;
    }

    private static boolean containsList(Type type) {
        return switch (type) {
            case Type.ListOf ignored -> true;
            case Type.TupleOf tuple -> tuple.elements().stream().anyMatch(ProgramFacts::containsList);
            default -> false;
        };
    }

    /** Finds every place a list gets a second name in one body and refuses those whose list is then changed. */
    private final class Aliasing {
        private final List<Stmt> body;
        private final List<Mutation> mutations;
        private final List<Share> shares = new ArrayList<>();

        Aliasing(List<Stmt> body, List<Mutation> mutations) {
            this.body = body;
            this.mutations = mutations;
        }

        void check() {
            IrWalk.statements(body, this::collect);
            for (Share share : shares) {
                boolean sourceChanged = share.source() != null && changed(share.source());
                boolean destinationChanged = share.destination() != null && changed(share.destination());
                if (sourceChanged && !destinationChanged && share.source().depth() == 0 && !share.source().equals(share.destination())
                        && !program.globalsReadByFunctions().contains(share.source().root())
                        && new NextUse(body, share.source().root()).reboundAfter(share.site())) {
                    continue;
                }
                if (sourceChanged || destinationChanged) {
                    throw new BackendRefusal(backend, "a list shared by two names and then changed in place (Python shares one list "
                            + "object; this backend's lists are values)", share.site().span().start());
                }
            }
            IrWalk.statements(body, statement -> {
                // A loop over a list variable that its body changes is rendered by position, as Python's list
                // iterator walks it; over an element of a list, that is refused.
                if (statement instanceof Stmt.For loop && loop.iterable().type() instanceof Type.ListOf && !(loop.iterable() instanceof Expr.Load)) {
                    ListPaths.of(loop.iterable()).ifPresent(path -> {
                        if (mutations(loop.body()).stream().anyMatch(m -> m.path().root().equals(path.root()))) {
                            throw new BackendRefusal(backend, "changing a list while a for loop iterates over it", loop.span().start());
                        }
                    });
                }
            });
        }

        private boolean changed(ListPaths path) {
            return mutations.stream().anyMatch(m -> m.path().root().equals(path.root()) && m.path().depth() >= path.depth());
        }

        private void collect(Stmt statement) {
            switch (statement) {
                case Stmt.Assign assign -> assign(assign.target(), assign.value(), statement);
                case Stmt.AugAssign assign when assign.target() instanceof Target.Store store && store.type() instanceof Type.ListOf ->
                        elements(assign.value(), new ListPaths(store.variable(), 1), statement);
                case Stmt.For loop when loop.iterable().type() instanceof Type.ListOf list && containsList(list.element())
                        && loop.target() instanceof Target.Store store ->
                        ListPaths.of(loop.iterable()).ifPresent(path ->
                                shares.add(new Share(path.deeper(1), new ListPaths(store.variable(), 0), statement)));
                default -> { }
            }
            forEachExpression(statement, expression -> {
                if (expression instanceof Expr.MethodCall call && call.receiver().type() instanceof Type.ListOf) {
                    ListPaths destination = ListPaths.of(call.receiver()).map(path -> path.deeper(1)).orElse(null);
                    switch (call.method()) {
                        case "append" -> flow(call.arguments().getFirst(), destination, statement);
                        case "insert" -> flow(call.arguments().get(1), destination, statement);
                        case "extend" -> elements(call.arguments().getFirst(), destination, statement);
                        default -> { }
                    }
                }
                if (expression instanceof Expr.Call call && functions.containsKey(call.function())) {
                    captured(call, statement);
                }
            });
        }

        /** A function that stores or returns a list parameter shares the caller's list with an unknown place. */
        private void captured(Expr.Call call, Stmt site) {
            Function callee = functions.get(call.function());
            for (int i = 0; i < callee.parameters().size(); i++) {
                Variable parameter = callee.parameters().get(i);
                if (containsList(parameter.type()) && captures(callee, parameter)) {
                    for (ListPaths source : sources(call.arguments().get(i))) {
                        shares.add(new Share(source, null, site));
                    }
                }
            }
        }

        private boolean captures(Function callee, Variable parameter) {
            if (returnedParameter.getOrDefault(callee.name(), NONE) == callee.parameters().indexOf(parameter)) {
                return true;
            }
            boolean[] stored = {false};
            IrWalk.statements(callee.body(), statement -> {
                switch (statement) {
                    case Stmt.Assign assign when !(assign.target() instanceof Target.Store store && store.variable().equals(parameter)) ->
                            stored[0] |= mentions(assign.value(), parameter);
                    default -> { }
                }
                forEachExpression(statement, expression -> {
                    if (expression instanceof Expr.MethodCall call && call.receiver().type() instanceof Type.ListOf
                            && (call.method().equals("append") || call.method().equals("insert") || call.method().equals("extend"))) {
                        stored[0] |= call.arguments().stream().anyMatch(argument -> mentions(argument, parameter));
                    }
                });
            });
            return stored[0];
        }

        private void assign(Target target, Expr value, Stmt site) {
            switch (target) {
                case Target.Store store -> flow(value, new ListPaths(store.variable(), 0), site);
                case Target.Element element -> flow(value, ListPaths.of(element.list()).map(path -> path.deeper(1)).orElse(null), site);
                case Target.Unpack unpack -> {
                    List<Expr> parts = switch (value) {
                        case Expr.TupleLiteral tuple -> tuple.elements();
                        case Expr.ListLiteral list -> list.elements();
                        default -> null;
                    };
                    for (int i = 0; i < unpack.targets().size(); i++) {
                        if (parts != null) {
                            assign(unpack.targets().get(i), parts.get(i), site);
                        } else if (containsList(unpack.targets().get(i).type())) {
                            for (ListPaths source : sources(value)) {
                                shares.add(new Share(source, null, site));
                            }
                            sinks(unpack.targets().get(i), site);
                        }
                    }
                }
            }
        }

        /** A list of unknown origin stored in {@code target}. */
        private void sinks(Target target, Stmt site) {
            switch (target) {
                case Target.Store store -> shares.add(new Share(null, new ListPaths(store.variable(), 0), site));
                case Target.Element element -> ListPaths.of(element.list()).ifPresent(path -> shares.add(new Share(null, path.deeper(1), site)));
                case Target.Unpack unpack -> unpack.targets().forEach(inner -> sinks(inner, site));
            }
        }

        /** {@code value} stored at {@code destination} (null: somewhere that is not a variable). */
        private void flow(Expr value, ListPaths destination, Stmt site) {
            if (!containsList(value.type())) {
                return;
            }
            for (ListPaths source : sources(value)) {
                shares.add(new Share(source, destination, site));
            }
            ListPaths inner = destination == null ? null : destination.deeper(1);
            switch (value) {
                case Expr.ListLiteral list -> list.elements().forEach(element -> flow(element, inner, site));
                case Expr.TupleLiteral tuple -> tuple.elements().forEach(element -> flow(element, inner, site));
                case Expr.Comprehension comprehension when !comprehension.lazy() -> flow(comprehension.element(), inner, site);
                default -> elements(value, inner, site);
            }
        }

        /** The elements of the list {@code value} stored at {@code destination}: shallow copies share them. */
        private void elements(Expr value, ListPaths destination, Stmt site) {
            if (!(value.type() instanceof Type.ListOf list) || !containsList(list.element())) {
                return;
            }
            for (ListPaths source : sources(value)) {
                shares.add(new Share(source == null ? null : source.deeper(1), destination, site));
            }
            switch (value) {
                case Expr.ListLiteral literal -> literal.elements().forEach(element -> flow(element, destination, site));
                case Expr.Comprehension comprehension when !comprehension.lazy() -> flow(comprehension.element(), destination, site);
                case Expr.Binary binary when binary.operator() == BinaryOperator.ADD -> {
                    elements(binary.left(), destination, site);
                    elements(binary.right(), destination, site);
                }
                case Expr.Binary binary when binary.operator() == BinaryOperator.MULTIPLY -> {
                    // [row] * 3 holds the same row three times.
                    shares.add(new Share(destination, destination, site));
                    elements(binary.left().type() instanceof Type.ListOf ? binary.left() : binary.right(), destination, site);
                }
                case Expr.BuiltinCall call when call.builtin() == Builtin.LIST || call.builtin() == Builtin.SORTED ->
                        elements(call.arguments().getFirst(), destination, site);
                case Expr.Slice slice -> elements(slice.target(), destination, site);
                case Expr.MethodCall call when call.method().equals("copy") -> elements(call.receiver(), destination, site);
                default -> { }
            }
        }
    }

    private static boolean mentions(Expr expression, Variable variable) {
        boolean[] found = {false};
        IrWalk.expressions(expression, inner -> found[0] |= inner instanceof Expr.Load load && load.variable().equals(variable));
        return found[0];
    }

    /**
     * Whether a variable, just shared at a statement, is stored afresh before anything else touches it on every path
     * from there (or is never touched again): then changes made to it earlier cannot be seen through the share.
     */
    private static final class NextUse {
        private enum Outcome { REBOUND, TOUCHED, NOTHING }

        private final List<Stmt> body;
        private final Variable variable;

        NextUse(List<Stmt> body, Variable variable) {
            this.body = body;
            this.variable = variable;
        }

        boolean reboundAfter(Stmt site) {
            List<Frame> path = new ArrayList<>();
            if (!find(body, site, null, path)) {
                return false;
            }
            for (int level = path.size() - 1; level >= 0; level--) {
                Frame frame = path.get(level);
                Outcome after = scan(frame.block().subList(frame.index() + 1, frame.block().size()));
                if (after == Outcome.REBOUND) {
                    return true;
                }
                if (after == Outcome.TOUCHED) {
                    return false;
                }
                if (frame.owner() instanceof Stmt.While || frame.owner() instanceof Stmt.For) {
                    Optional<Expr> header = switch (frame.owner()) {
                        case Stmt.While loop -> Optional.of(loop.condition());
                        case Stmt.For loop -> Optional.of(loop.iterable());
                        default -> Optional.empty();
                    };
                    if (header.isPresent() && mentions(header.get(), variable)) {
                        return false;
                    }
                    if (scan(frame.block().subList(0, frame.index() + 1)) == Outcome.TOUCHED) {
                        return false;
                    }
                }
            }
            return true;
        }

        private record Frame(List<Stmt> block, int index, Stmt owner) {}

        private boolean find(List<Stmt> block, Stmt site, Stmt owner, List<Frame> path) {
            for (int i = 0; i < block.size(); i++) {
                Stmt statement = block.get(i);
                path.add(new Frame(block, i, owner));
                if (statement == site) {
                    return true;
                }
                for (List<Stmt> inner : children(statement)) {
                    if (find(inner, site, statement, path)) {
                        return true;
                    }
                }
                path.removeLast();
            }
            return false;
        }

        private static List<List<Stmt>> children(Stmt statement) {
            return switch (statement) {
                case Stmt.If conditional -> {
                    List<List<Stmt>> blocks = new ArrayList<>();
                    conditional.branches().forEach(branch -> blocks.add(branch.body()));
                    blocks.add(conditional.orElse());
                    yield blocks;
                }
                case Stmt.While loop -> List.of(loop.body(), loop.orElse());
                case Stmt.For loop -> List.of(loop.body(), loop.orElse());
                default -> List.of();
            };
        }

        private Outcome scan(List<Stmt> statements) {
            for (Stmt statement : statements) {
                if (statement instanceof Stmt.Assign assign && assign.target() instanceof Target.Store store
                        && store.variable().equals(variable) && !mentions(assign.value(), variable)) {
                    return Outcome.REBOUND;
                }
                if (touches(statement)) {
                    return Outcome.TOUCHED;
                }
            }
            return Outcome.NOTHING;
        }

        /** Any mention of the variable, and any jump that could skip a later rebinding. */
        private boolean touches(Stmt statement) {
            boolean[] found = {false};
            IrWalk.statements(List.of(statement), inner -> found[0] |= inner instanceof Stmt.Break || inner instanceof Stmt.Continue);
            IrWalk.expressions(List.of(statement), inner -> found[0] |= inner instanceof Expr.Load load && load.variable().equals(variable));
            IrWalk.targets(List.of(statement), inner -> found[0] |= inner instanceof Target.Store store && store.variable().equals(variable));
            return found[0];
        }
    }
}
