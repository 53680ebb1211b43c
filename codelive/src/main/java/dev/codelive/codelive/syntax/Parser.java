package dev.codelive.codelive.syntax;

import dev.codelive.codelive.syntax.Expr.Attribute;
import dev.codelive.codelive.syntax.Expr.BinaryOp;
import dev.codelive.codelive.syntax.Expr.BoolLiteral;
import dev.codelive.codelive.syntax.Expr.BoolOp;
import dev.codelive.codelive.syntax.Expr.Call;
import dev.codelive.codelive.syntax.Expr.Compare;
import dev.codelive.codelive.syntax.Expr.Conditional;
import dev.codelive.codelive.syntax.Expr.FString;
import dev.codelive.codelive.syntax.Expr.FloatLiteral;
import dev.codelive.codelive.syntax.Expr.GeneratorExp;
import dev.codelive.codelive.syntax.Expr.IntLiteral;
import dev.codelive.codelive.syntax.Expr.ListComp;
import dev.codelive.codelive.syntax.Expr.ListLiteral;
import dev.codelive.codelive.syntax.Expr.Name;
import dev.codelive.codelive.syntax.Expr.NoneLiteral;
import dev.codelive.codelive.syntax.Expr.Slice;
import dev.codelive.codelive.syntax.Expr.StringLiteral;
import dev.codelive.codelive.syntax.Expr.Subscript;
import dev.codelive.codelive.syntax.Expr.TupleLiteral;
import dev.codelive.codelive.syntax.Expr.UnaryOp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive descent over the tokens of one snippet (or of one f-string replacement field), following CPython's
 * grammar for the subset. Constructs outside the subset are recognised by their first token and refused with
 * {@link UnsupportedConstruct} at that token.
 *
 * <p>Every cycle of recursion goes through {@link Budget#enter}, once per level a reader would see: a bracket, a
 * block, a unary operator, the exponent of {@code **}, the {@code else} of a conditional expression. So nesting is
 * bounded long before the Java stack is, and {@code ((((1))))} is four levels deep, not forty.
 */
final class Parser {
    /** Digits beyond which converting an int literal costs enough to read the clock after it. */
    private static final int LONG_LITERAL = 100;

    private final String source;
    private final List<Token> tokens;
    private final SourceProblem deferred;
    private final boolean unclosedBracket;
    private final Budget budget;
    private int index;
    private int lastEndLine = 1;
    private int lastEndColumn = 1;
    private boolean inFunction;
    private int loopDepth;

    Parser(String source, Lexer.Result lexed, Budget budget) {
        this.source = source;
        this.tokens = lexed.tokens();
        this.deferred = lexed.problem();
        this.unclosedBracket = lexed.unclosedBracket();
        this.budget = budget;
    }

    Module module() {
        try {
            List<Stmt> body = new ArrayList<>();
            while (!at(TokenKind.END)) {
                statement(body);
            }
            Token end = peek();
            return add(new Module(body, new Span(1, 1, end.line(), end.column())));
        } catch (SyntaxProblem problem) {
            // A bracket never closed swallows every line after it, so the syntax errors found there are its fault
            // ("'(' was never closed", as CPython says, rather than "expected ')'" three lines further down).
            if (unclosedBracket && problem != deferred
                    && problem.position().orElseThrow().compareTo(deferred.position().orElseThrow()) > 0) {
                throw deferred;
            }
            throw problem;
        }
    }

    /** The expression of an f-string replacement field: the whole token list, a tuple allowed as in CPython. */
    Expr embeddedExpression() {
        Expr expression = starExpressions();
        if (!at(TokenKind.END)) {
            throw syntax("f-string: invalid syntax", peek());
        }
        return expression;
    }

    // ---------------------------------------------------------------- statements

    private void statement(List<Stmt> out) {
        Token token = peek();
        switch (token.kind()) {
            case DEF -> out.add(functionDef());
            case IF -> out.add(ifStatement());
            case WHILE -> out.add(whileStatement());
            case FOR -> out.add(forStatement());
            case CLASS -> throw unsupported("class definitions", token);
            case WITH -> throw unsupported("with statements", token);
            case TRY -> throw unsupported("try statements", token);
            case AT -> throw unsupported("decorators", token);
            case ASYNC -> throw unsupported(kindAt(1) == TokenKind.DEF ? "async functions" : "async statements", token);
            case INDENT -> throw syntax("unexpected indent", token);
            case NAME -> {
                if (isMatchStatement()) {
                    throw unsupported("match statements", token);
                }
                simpleStatements(out);
            }
            default -> simpleStatements(out);
        }
    }

    /** {@code match} is a soft keyword: a statement starting with it is a match statement if its line ends in ':'. */
    private boolean isMatchStatement() {
        if (!"match".equals(peek().text())) {
            return false;
        }
        TokenKind next = kindAt(1);
        if (next == TokenKind.COLON || next == TokenKind.EQUAL || next == TokenKind.NEWLINE) {
            return false;
        }
        for (int i = index + 1; i < tokens.size(); i++) {
            TokenKind kind = tokens.get(i).kind();
            if (kind == TokenKind.NEWLINE || kind == TokenKind.END || kind == TokenKind.ERROR) {
                return tokens.get(i - 1).kind() == TokenKind.COLON;
            }
        }
        return false;
    }

    private void simpleStatements(List<Stmt> out) {
        out.add(simpleStatement());
        while (accept(TokenKind.SEMI)) {
            if (at(TokenKind.NEWLINE)) {
                break;
            }
            out.add(simpleStatement());
        }
        if (!at(TokenKind.NEWLINE)) {
            throw syntax("invalid syntax", peek());
        }
        advance();
    }

    private Stmt simpleStatement() {
        Token token = peek();
        return switch (token.kind()) {
            case PASS -> {
                advance();
                yield add(new Stmt.Pass(token.span()));
            }
            case BREAK -> {
                if (loopDepth == 0) {
                    throw syntax("'break' outside loop", token);
                }
                advance();
                yield add(new Stmt.Break(token.span()));
            }
            case CONTINUE -> {
                if (loopDepth == 0) {
                    throw syntax("'continue' not properly in loop", token);
                }
                advance();
                yield add(new Stmt.Continue(token.span()));
            }
            case RETURN -> returnStatement();
            case IMPORT -> importStatement();
            case FROM -> fromImport();
            case ASSERT -> assertStatement();
            case RAISE -> throw unsupported("raise statements", token);
            case GLOBAL -> throw unsupported("global statements", token);
            case NONLOCAL -> throw unsupported("nonlocal statements", token);
            case DEL -> throw unsupported("del statements", token);
            default -> expressionStatement();
        };
    }

    private Stmt returnStatement() {
        Token start = advance();
        if (!inFunction) {
            throw syntax("'return' outside function", start);
        }
        Expr value = peek().kind().startsExpression() ? starExpressions() : null;
        return add(new Stmt.Return(value, spanFrom(start)));
    }

    private Stmt assertStatement() {
        Token start = advance();
        Expr condition = expression();
        Expr message = accept(TokenKind.COMMA) ? expression() : null;
        return add(new Stmt.Assert(condition, message, spanFrom(start)));
    }

    private Stmt importStatement() {
        Token start = advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token nameStart = peek();
            String name = dottedName();
            String asName = accept(TokenKind.AS) ? expectName() : null;
            names.add(add(new Alias(name, asName, spanFrom(nameStart))));
        } while (accept(TokenKind.COMMA));
        return add(new Stmt.Import(names, spanFrom(start)));
    }

    private Stmt fromImport() {
        Token start = advance();
        if (at(TokenKind.DOT) || at(TokenKind.ELLIPSIS)) {
            throw unsupported("relative imports", peek());
        }
        String module = dottedName();
        expect(TokenKind.IMPORT);
        if (at(TokenKind.STAR)) {
            throw unsupported("wildcard imports", peek());
        }
        boolean parenthesised = accept(TokenKind.LPAR);
        List<Alias> names = new ArrayList<>();
        do {
            if (parenthesised && at(TokenKind.RPAR) && !names.isEmpty()) {
                break; // trailing comma
            }
            Token nameStart = peek();
            String name = expectName();
            String asName = accept(TokenKind.AS) ? expectName() : null;
            names.add(add(new Alias(name, asName, spanFrom(nameStart))));
        } while (accept(TokenKind.COMMA));
        if (parenthesised) {
            expect(TokenKind.RPAR);
        }
        return add(new Stmt.ImportFrom(module, names, spanFrom(start)));
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(expectName());
        while (accept(TokenKind.DOT)) {
            name.append('.').append(expectName());
        }
        return name.toString();
    }

    /** An expression statement, or an assignment of any kind: they all start with an expression. */
    private Stmt expressionStatement() {
        Token start = peek();
        Expr first = starExpressions();
        TokenKind kind = peek().kind();
        if (kind == TokenKind.COLON) {
            checkAnnotationTarget(first);
            advance();
            Expr annotation = expression();
            Expr value = accept(TokenKind.EQUAL) ? starExpressions() : null;
            return add(new Stmt.AnnAssign(first, annotation, value, spanFrom(start)));
        }
        BinaryOperator augmented = kind.augmentedOperator();
        if (augmented != null) {
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw syntax("illegal expression for augmented assignment", first);
            }
            advance();
            Expr value = starExpressions();
            return add(new Stmt.AugAssign(first, augmented, value, spanFrom(start)));
        }
        switch (kind) {
            case AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL ->
                    throw unsupported("bitwise operators", peek());
            case ATEQUAL -> throw unsupported("matrix multiplication", peek());
            default -> {
                // not an augmented assignment
            }
        }
        if (kind != TokenKind.EQUAL) {
            return add(new Stmt.ExprStmt(first, first.span()));
        }
        List<Expr> targets = new ArrayList<>();
        Expr value = first;
        while (accept(TokenKind.EQUAL)) {
            checkTarget(value);
            targets.add(value);
            value = starExpressions();
        }
        return add(new Stmt.Assign(targets, value, spanFrom(start)));
    }

    private Stmt functionDef() {
        Token start = advance();
        String name = expectName();
        expect(TokenKind.LPAR);
        List<Parameter> parameters = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean defaults = false;
        while (!at(TokenKind.RPAR)) {
            Token parameter = peek();
            switch (parameter.kind()) {
                case STAR -> throw unsupported(kindAt(1) == TokenKind.COMMA || kindAt(1) == TokenKind.RPAR
                        ? "keyword-only parameters" : "variable-length parameters", parameter);
                case DOUBLESTAR -> throw unsupported("variable-length parameters", parameter);
                case SLASH -> throw unsupported("positional-only parameters", parameter);
                default -> {
                    // an ordinary parameter
                }
            }
            String parameterName = expectName();
            Expr annotation = accept(TokenKind.COLON) ? expression() : null;
            Expr defaultValue = accept(TokenKind.EQUAL) ? expression() : null;
            if (defaultValue == null && defaults) {
                throw syntax("non-default argument follows default argument", parameter);
            }
            defaults |= defaultValue != null;
            if (!names.add(parameterName)) {
                throw syntax("duplicate argument '" + parameterName + "' in function definition", parameter);
            }
            parameters.add(add(new Parameter(parameterName, annotation, defaultValue, spanFrom(parameter))));
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        expect(TokenKind.RPAR);
        Expr returns = accept(TokenKind.RARROW) ? expression() : null;
        boolean outerInFunction = inFunction;
        int outerLoopDepth = loopDepth;
        inFunction = true;
        loopDepth = 0;
        List<Stmt> body = block("function definition", start);
        inFunction = outerInFunction;
        loopDepth = outerLoopDepth;
        return add(new Stmt.FunctionDef(name, parameters, returns, body, spanFrom(start)));
    }

    private Stmt ifStatement() {
        Token start = advance();
        List<Branch> branches = new ArrayList<>();
        Expr condition = expression();
        List<Stmt> body = block("'if' statement", start);
        branches.add(add(new Branch(condition, body, spanFrom(start))));
        while (at(TokenKind.ELIF)) {
            Token elif = advance();
            condition = expression();
            body = block("'elif' statement", elif);
            branches.add(add(new Branch(condition, body, spanFrom(elif))));
        }
        List<Stmt> orElse = elseBlock();
        return add(new Stmt.If(branches, orElse, spanFrom(start)));
    }

    private Stmt whileStatement() {
        Token start = advance();
        Expr condition = expression();
        loopDepth++;
        List<Stmt> body = block("'while' statement", start);
        loopDepth--;
        List<Stmt> orElse = elseBlock();
        return add(new Stmt.While(condition, body, orElse, spanFrom(start)));
    }

    private Stmt forStatement() {
        Token start = advance();
        Expr target = targetList();
        expect(TokenKind.IN);
        Expr iterable = starExpressions();
        loopDepth++;
        List<Stmt> body = block("'for' statement", start);
        loopDepth--;
        List<Stmt> orElse = elseBlock();
        return add(new Stmt.For(target, iterable, body, orElse, spanFrom(start)));
    }

    private List<Stmt> elseBlock() {
        if (!at(TokenKind.ELSE)) {
            return List.of();
        }
        Token elseToken = advance();
        return block("'else' statement", elseToken);
    }

    /** {@code ':'} then an indented block, or simple statements on the same line. */
    private List<Stmt> block(String construct, Token keyword) {
        expect(TokenKind.COLON);
        List<Stmt> body = new ArrayList<>();
        if (!at(TokenKind.NEWLINE)) {
            simpleStatements(body);
            return body;
        }
        advance();
        if (!at(TokenKind.INDENT)) {
            throw syntax("expected an indented block after " + construct + " on line " + keyword.line(), peek());
        }
        Token indent = advance();
        budget.enter(indent.line(), indent.column());
        while (!at(TokenKind.DEDENT)) {
            statement(body);
        }
        advance();
        budget.leave();
        return body;
    }

    // ---------------------------------------------------------------- targets

    /** The targets of {@code for} and of comprehensions: {@code x}, {@code i, x}, {@code (a, b)}. */
    private Expr targetList() {
        Token start = peek();
        Expr first = target();
        if (!at(TokenKind.COMMA)) {
            checkTarget(first);
            return first;
        }
        List<Expr> elements = new ArrayList<>();
        elements.add(first);
        while (accept(TokenKind.COMMA) && !at(TokenKind.IN)) {
            elements.add(target());
        }
        Expr tuple = add(new TupleLiteral(elements, spanFrom(start)));
        checkTarget(tuple);
        return tuple;
    }

    private Expr target() {
        if (at(TokenKind.STAR)) {
            throw unsupported("star expressions", peek());
        }
        return bitwiseOr(); // not a comparison: the 'in' that follows belongs to the for
    }

    private void checkTarget(Expr target) {
        String what = switch (target) {
            case Name name -> null;
            case Attribute attribute -> null;
            case Subscript subscript -> null;
            case TupleLiteral tuple -> {
                tuple.elements().forEach(this::checkTarget);
                yield null;
            }
            case ListLiteral list -> {
                list.elements().forEach(this::checkTarget);
                yield null;
            }
            case BoolLiteral bool -> bool.value() ? "True" : "False";
            case NoneLiteral none -> "None";
            case IntLiteral i -> "literal";
            case FloatLiteral f -> "literal";
            case StringLiteral s -> "literal";
            case FString f -> "f-string expression";
            case Call call -> "function call";
            case Compare compare -> "comparison";
            case Conditional conditional -> "conditional expression";
            case ListComp comprehension -> "list comprehension";
            case GeneratorExp generator -> "generator expression";
            case BinaryOp b -> "expression";
            case UnaryOp u -> "expression";
            case BoolOp b -> "expression";
            case Slice s -> "expression";
        };
        if (what != null) {
            throw syntax("cannot assign to " + what, target);
        }
    }

    private void checkAnnotationTarget(Expr target) {
        switch (target) {
            case Name name -> { }
            case Attribute attribute -> { }
            case Subscript subscript -> { }
            case TupleLiteral tuple -> throw syntax("only single target (not tuple) can be annotated", target);
            case ListLiteral list -> throw syntax("only single target (not list) can be annotated", target);
            default -> throw syntax("illegal target for annotation", target);
        }
    }

    // ---------------------------------------------------------------- expressions

    /** A tuple without parentheses ({@code a, b}), or a single expression. */
    private Expr starExpressions() {
        Token start = peek();
        Expr first = expressionOrStar();
        if (!at(TokenKind.COMMA)) {
            return first;
        }
        List<Expr> elements = new ArrayList<>();
        elements.add(first);
        while (accept(TokenKind.COMMA) && peek().kind().startsExpression()) {
            elements.add(expressionOrStar());
        }
        return add(new TupleLiteral(elements, spanFrom(start)));
    }

    private Expr expressionOrStar() {
        if (at(TokenKind.STAR)) {
            throw unsupported("star expressions", peek());
        }
        return expression();
    }

    /** {@code disjunction ['if' disjunction 'else' expression]}. */
    private Expr expression() {
        Token start = peek();
        switch (start.kind()) {
            case LAMBDA -> throw unsupported("lambda expressions", start);
            case YIELD -> throw unsupported("yield expressions", start);
            default -> {
                // an ordinary expression
            }
        }
        Expr result = disjunction();
        if (at(TokenKind.IF)) {
            advance();
            Expr condition = disjunction();
            if (!at(TokenKind.ELSE)) {
                throw syntax("expected 'else' after 'if' expression", peek());
            }
            Token elseToken = advance();
            budget.enter(elseToken.line(), elseToken.column());
            Expr whenFalse = expression();
            budget.leave();
            result = add(new Conditional(condition, result, whenFalse, spanFrom(start)));
        }
        if (at(TokenKind.COLONEQUAL)) {
            throw unsupported("assignment expressions", start);
        }
        return result;
    }

    private Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!at(TokenKind.OR)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(TokenKind.OR)) {
            values.add(conjunction());
        }
        return add(new BoolOp(BoolOperator.OR, values, spanFrom(start)));
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!at(TokenKind.AND)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(TokenKind.AND)) {
            values.add(inversion());
        }
        return add(new BoolOp(BoolOperator.AND, values, spanFrom(start)));
    }

    private Expr inversion() {
        if (!at(TokenKind.NOT)) {
            return comparison();
        }
        Token not = advance();
        budget.enter(not.line(), not.column());
        Expr operand = inversion();
        budget.leave();
        return add(new UnaryOp(UnaryOperator.NOT, operand, spanFrom(not)));
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<Compare.Link> links = null;
        while (true) {
            CompareOperator operator = switch (peek().kind()) {
                case EQEQUAL -> CompareOperator.EQUAL;
                case NOTEQUAL -> CompareOperator.NOT_EQUAL;
                case LESS -> CompareOperator.LESS;
                case LESSEQUAL -> CompareOperator.LESS_EQUAL;
                case GREATER -> CompareOperator.GREATER;
                case GREATEREQUAL -> CompareOperator.GREATER_EQUAL;
                case IN -> CompareOperator.IN;
                case NOT -> kindAt(1) == TokenKind.IN ? CompareOperator.NOT_IN : null;
                case IS -> kindAt(1) == TokenKind.NOT ? CompareOperator.IS_NOT : CompareOperator.IS;
                default -> null;
            };
            if (operator == null) {
                break;
            }
            advance();
            if (operator == CompareOperator.NOT_IN || operator == CompareOperator.IS_NOT) {
                advance();
            }
            if (links == null) {
                links = new ArrayList<>();
            }
            links.add(new Compare.Link(operator, bitwiseOr()));
        }
        return links == null ? left : add(new Compare(left, links, spanFrom(start)));
    }

    private Expr bitwiseOr() {
        Expr sum = sum();
        switch (peek().kind()) {
            case VBAR, CIRCUMFLEX, AMPER, LEFTSHIFT, RIGHTSHIFT -> throw unsupported("bitwise operators", peek());
            default -> {
                return sum;
            }
        }
    }

    private Expr sum() {
        Token start = peek();
        Expr left = term();
        while (true) {
            BinaryOperator operator = switch (peek().kind()) {
                case PLUS -> BinaryOperator.ADD;
                case MINUS -> BinaryOperator.SUBTRACT;
                default -> null;
            };
            if (operator == null) {
                return left;
            }
            advance();
            Expr right = term();
            left = add(new BinaryOp(left, operator, right, spanFrom(start)));
        }
    }

    private Expr term() {
        Token start = peek();
        Expr left = factor();
        while (true) {
            BinaryOperator operator = switch (peek().kind()) {
                case STAR -> BinaryOperator.MULTIPLY;
                case SLASH -> BinaryOperator.DIVIDE;
                case DOUBLESLASH -> BinaryOperator.FLOOR_DIVIDE;
                case PERCENT -> BinaryOperator.MODULO;
                case AT -> throw unsupported("matrix multiplication", peek());
                default -> null;
            };
            if (operator == null) {
                return left;
            }
            advance();
            Expr right = factor();
            left = add(new BinaryOp(left, operator, right, spanFrom(start)));
        }
    }

    /** Unary {@code -} and {@code +}: looser than {@code **}, so {@code -2**2} is {@code -(2**2)}. */
    private Expr factor() {
        Token start = peek();
        UnaryOperator operator = switch (start.kind()) {
            case MINUS -> UnaryOperator.NEGATE;
            case PLUS -> UnaryOperator.PLUS;
            case TILDE -> throw unsupported("bitwise operators", start);
            default -> null;
        };
        if (operator == null) {
            return power();
        }
        advance();
        budget.enter(start.line(), start.column());
        Expr operand = factor();
        budget.leave();
        return add(new UnaryOp(operator, operand, spanFrom(start)));
    }

    /** {@code primary ['**' factor]}: right-associative, since the exponent is itself a factor. */
    private Expr power() {
        Token start = peek();
        Expr base = primary();
        if (!at(TokenKind.DOUBLESTAR)) {
            return base;
        }
        Token operator = advance();
        budget.enter(operator.line(), operator.column());
        Expr exponent = factor();
        budget.leave();
        return add(new BinaryOp(base, BinaryOperator.POWER, exponent, spanFrom(start)));
    }

    /** An atom followed by any number of {@code .name}, {@code (arguments)} and {@code [index]}. */
    private Expr primary() {
        Token start = peek();
        if (start.kind() == TokenKind.AWAIT) {
            throw unsupported("await expressions", start);
        }
        Expr expression = atom();
        while (true) {
            switch (peek().kind()) {
                case DOT -> {
                    advance();
                    String name = expectName();
                    expression = add(new Attribute(expression, name, spanFrom(start)));
                }
                case LPAR -> expression = call(expression, start);
                case LSQB -> expression = subscript(expression, start);
                default -> {
                    return expression;
                }
            }
        }
    }

    private Expr call(Expr function, Token start) {
        Token open = advance();
        budget.enter(open.line(), open.column());
        List<Expr> arguments = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        Set<String> keywordNames = new HashSet<>();
        while (!at(TokenKind.RPAR)) {
            Token argument = peek();
            if (argument.kind() == TokenKind.STAR || argument.kind() == TokenKind.DOUBLESTAR) {
                throw unsupported("argument unpacking", argument);
            }
            if (argument.kind() == TokenKind.NAME && kindAt(1) == TokenKind.EQUAL) {
                advance();
                advance();
                Expr value = expression();
                if (!keywordNames.add(argument.text())) {
                    throw syntax("keyword argument repeated: " + argument.text(), argument);
                }
                keywords.add(add(new Keyword(argument.text(), value, spanFrom(argument))));
            } else {
                Expr value = expression();
                if (atComprehension()) {
                    value = add(new GeneratorExp(value, comprehensionClauses(), spanFrom(argument)));
                    if (!arguments.isEmpty() || !keywords.isEmpty() || !at(TokenKind.RPAR)) {
                        throw syntax("Generator expression must be parenthesized", argument);
                    }
                }
                if (at(TokenKind.EQUAL)) {
                    throw syntax("expression cannot contain assignment, perhaps you meant \"==\"?", argument);
                }
                if (!keywords.isEmpty()) {
                    throw syntax("positional argument follows keyword argument", argument);
                }
                arguments.add(value);
            }
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        expect(TokenKind.RPAR);
        budget.leave();
        return add(new Call(function, arguments, keywords, spanFrom(start)));
    }

    private Expr subscript(Expr value, Token start) {
        Token open = advance();
        budget.enter(open.line(), open.column());
        Token indexStart = peek();
        Expr index = sliceOrExpression();
        if (at(TokenKind.COMMA)) {
            List<Expr> elements = new ArrayList<>();
            elements.add(index);
            while (accept(TokenKind.COMMA) && !at(TokenKind.RSQB)) {
                elements.add(sliceOrExpression());
            }
            index = add(new TupleLiteral(elements, spanFrom(indexStart)));
        }
        expect(TokenKind.RSQB);
        budget.leave();
        return add(new Subscript(value, index, spanFrom(start)));
    }

    private Expr sliceOrExpression() {
        Token start = peek();
        Expr lower = null;
        if (!at(TokenKind.COLON)) {
            lower = expressionOrStar();
            if (!at(TokenKind.COLON)) {
                return lower;
            }
        }
        advance();
        Expr upper = endsSlicePart() ? null : expression();
        Expr step = null;
        if (accept(TokenKind.COLON) && !endsSlicePart()) {
            step = expression();
        }
        return add(new Slice(lower, upper, step, spanFrom(start)));
    }

    private boolean endsSlicePart() {
        TokenKind kind = peek().kind();
        return kind == TokenKind.COLON || kind == TokenKind.RSQB || kind == TokenKind.COMMA;
    }

    private Expr atom() {
        Token token = peek();
        return switch (token.kind()) {
            case NAME -> {
                advance();
                yield add(new Name(token.text(), token.span()));
            }
            case TRUE, FALSE -> {
                advance();
                yield add(new BoolLiteral(token.kind() == TokenKind.TRUE, token.span()));
            }
            case NONE -> {
                advance();
                yield add(new NoneLiteral(token.span()));
            }
            case INT -> {
                advance();
                IntLiteral literal = add(new IntLiteral(Literals.integer(token), token.span()));
                if (token.text().length() > LONG_LITERAL) {
                    budget.checkDeadline(token.line(), token.column()); // converting many digits takes a while
                }
                yield literal;
            }
            case FLOAT -> {
                advance();
                yield add(new FloatLiteral(Literals.floating(token), token.span()));
            }
            case STRING, FSTRING -> strings();
            case LPAR -> parenthesised();
            case LSQB -> list();
            case LBRACE -> throw unsupported(braceConstruct(), token);
            case ELLIPSIS -> throw unsupported("ellipsis literals", token);
            case STAR -> throw unsupported("star expressions", token);
            case LAMBDA -> throw unsupported("lambda expressions", token);
            case YIELD -> throw unsupported("yield expressions", token);
            default -> throw syntax(token.kind().isKeyword() ? "invalid syntax" : "expected an expression", token);
        };
    }

    /** Names what a {@code {...}} display is, from its tokens: none of them is in the subset. */
    private String braceConstruct() {
        int depth = 0;
        boolean dict = false;
        boolean comprehension = false;
        boolean empty = kindAt(1) == TokenKind.RBRACE;
        for (int i = index; i < tokens.size(); i++) {
            TokenKind kind = tokens.get(i).kind();
            switch (kind) {
                case LPAR, LSQB, LBRACE -> depth++;
                case RPAR, RSQB, RBRACE -> depth--;
                default -> {
                    if (depth == 1) {
                        dict |= kind == TokenKind.COLON || kind == TokenKind.DOUBLESTAR;
                        comprehension |= kind == TokenKind.FOR;
                    }
                }
            }
            if (depth == 0 || kind == TokenKind.END || kind == TokenKind.ERROR) {
                break;
            }
        }
        if (empty || dict) {
            return comprehension ? "dict comprehensions" : "dict literals";
        }
        return comprehension ? "set comprehensions" : "set literals";
    }

    /** {@code ()}, {@code (expression)}, {@code (a, b)} or {@code (element for ...)}. */
    private Expr parenthesised() {
        Token open = advance();
        budget.enter(open.line(), open.column());
        Expr result;
        if (accept(TokenKind.RPAR)) {
            result = add(new TupleLiteral(List.of(), spanFrom(open)));
        } else {
            Expr first = expressionOrStar();
            if (atComprehension()) {
                List<Comprehension> clauses = comprehensionClauses();
                expect(TokenKind.RPAR);
                result = add(new GeneratorExp(first, clauses, spanFrom(open)));
            } else if (at(TokenKind.COMMA)) {
                List<Expr> elements = new ArrayList<>();
                elements.add(first);
                while (accept(TokenKind.COMMA) && !at(TokenKind.RPAR)) {
                    elements.add(expressionOrStar());
                }
                expect(TokenKind.RPAR);
                result = add(new TupleLiteral(elements, spanFrom(open)));
            } else {
                expect(TokenKind.RPAR);
                result = first;
            }
        }
        budget.leave();
        return result;
    }

    /** {@code []}, {@code [a, b]} or {@code [element for ...]}. */
    private Expr list() {
        Token open = advance();
        budget.enter(open.line(), open.column());
        List<Expr> elements = new ArrayList<>();
        Expr result = null;
        if (!at(TokenKind.RSQB)) {
            Expr first = expressionOrStar();
            if (atComprehension()) {
                List<Comprehension> clauses = comprehensionClauses();
                expect(TokenKind.RSQB);
                result = add(new ListComp(first, clauses, spanFrom(open)));
            } else {
                elements.add(first);
                while (accept(TokenKind.COMMA) && !at(TokenKind.RSQB)) {
                    elements.add(expressionOrStar());
                }
            }
        }
        if (result == null) {
            expect(TokenKind.RSQB);
            result = add(new ListLiteral(elements, spanFrom(open)));
        }
        budget.leave();
        return result;
    }

    /** One or more {@code for target in iterable (if condition)*} clauses. */
    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> clauses = new ArrayList<>();
        while (at(TokenKind.FOR) || at(TokenKind.ASYNC)) {
            if (at(TokenKind.ASYNC)) {
                throw unsupported("async comprehensions", peek());
            }
            Token start = advance();
            Expr target = targetList();
            expect(TokenKind.IN);
            Expr iterable = disjunction();
            List<Expr> conditions = new ArrayList<>();
            while (accept(TokenKind.IF)) {
                conditions.add(disjunction());
            }
            clauses.add(add(new Comprehension(target, iterable, conditions, spanFrom(start))));
        }
        return clauses;
    }

    /**
     * Adjacent string literals, joined; an f-string among them makes the whole an {@link FString}. Each literal is
     * decoded as soon as it is consumed, so that its errors come before those of later tokens.
     */
    private Expr strings() {
        Token first = peek();
        FStrings pieces = new FStrings(source, budget);
        boolean formatted = false;
        do {
            Token literal = advance();
            if (literal.kind() == TokenKind.FSTRING) {
                formatted = true;
                pieces.formatted(literal);
            } else {
                pieces.text(Literals.string(source, literal), literal.span());
            }
        } while (at(TokenKind.STRING) || at(TokenKind.FSTRING));
        return formatted ? add(new FString(pieces.parts(), spanFrom(first)))
                : add(new StringLiteral(pieces.plainText(), spanFrom(first)));
    }

    // ---------------------------------------------------------------- tokens, spans and problems

    private Token peek() {
        Token token = tokens.get(index);
        if (token.kind() == TokenKind.ERROR) {
            throw deferred;
        }
        return token;
    }

    /** The kind of a token further ahead, without reporting a lexing error there. */
    private TokenKind kindAt(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1)).kind();
    }

    private boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    private Token advance() {
        Token token = peek();
        if (index < tokens.size() - 1) {
            index++;
        }
        switch (token.kind()) {
            case NEWLINE, INDENT, DEDENT, END -> {
                // layout: a node never ends there
            }
            default -> {
                lastEndLine = token.endLine();
                lastEndColumn = token.endColumn();
            }
        }
        return token;
    }

    /** A comprehension clause follows ({@code async for} only to be refused). */
    private boolean atComprehension() {
        return at(TokenKind.FOR) || at(TokenKind.ASYNC);
    }

    private boolean accept(TokenKind kind) {
        if (at(kind)) {
            advance();
            return true;
        }
        return false;
    }

    private Token expect(TokenKind kind) {
        if (!at(kind)) {
            throw syntax("expected '" + kind.text() + "'", peek());
        }
        return advance();
    }

    private String expectName() {
        if (!at(TokenKind.NAME)) {
            throw syntax(peek().kind().isKeyword() ? "invalid syntax" : "expected a name", peek());
        }
        return advance().text();
    }

    /** From the start of {@code first} to the end of the last token consumed. */
    private Span spanFrom(Token first) {
        return new Span(first.line(), first.column(), lastEndLine, lastEndColumn);
    }

    private <T extends Node> T add(T node) {
        budget.node(node.span().line(), node.span().column());
        return node;
    }

    private static SyntaxProblem syntax(String what, Token at) {
        return new SyntaxProblem(what, at.position());
    }

    private static SyntaxProblem syntax(String what, Node at) {
        return new SyntaxProblem(what, at.span().start());
    }

    private static UnsupportedConstruct unsupported(String construct, Token at) {
        return new UnsupportedConstruct(construct, at.position());
    }
}
