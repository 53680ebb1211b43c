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
import java.util.List;

/**
 * Prints a syntax tree as normalised Python source that shows its structure: every compound expression in
 * parentheses ({@code x = (1 + (2 * 3))}), strings as Python's {@code repr} writes them, four-space indentation,
 * {@code elif} for every branch after the first. Parsing the output gives the same tree (spans aside), and CPython
 * gives it the same AST as the original; for logs, error reports and structural tests.
 *
 * <p>Inside an f-string's replacement field, strings are printed as everywhere else, which needs Python 3.12 when
 * they hold quotes or escapes (3.11 allows neither there).
 */
public final class AstPrinter {
    private static final String INDENT = "    ";

    private final StringBuilder out = new StringBuilder();
    private int level;

    private AstPrinter() {}

    /** The module's statements, one per line, each line ending with a newline; empty for an empty module. */
    public static String print(Module module) {
        AstPrinter printer = new AstPrinter();
        printer.statements(module.body());
        return printer.out.toString();
    }

    /** One statement, with its nested blocks, each line ending with a newline. */
    public static String print(Stmt statement) {
        AstPrinter printer = new AstPrinter();
        printer.statement(statement);
        return printer.out.toString();
    }

    public static String print(Expr expression) {
        AstPrinter printer = new AstPrinter();
        printer.expression(expression);
        return printer.out.toString();
    }

    // ---------------------------------------------------------------- statements

    private void statements(List<Stmt> statements) {
        for (Stmt statement : statements) {
            statement(statement);
        }
    }

    private void block(List<Stmt> body) {
        out.append(":\n");
        level++;
        statements(body);
        level--;
    }

    private void line() {
        out.append(INDENT.repeat(level));
    }

    private void statement(Stmt statement) {
        line();
        switch (statement) {
            case Stmt.ExprStmt s -> {
                expression(s.expression());
                out.append('\n');
            }
            case Stmt.Assign s -> {
                for (Expr target : s.targets()) {
                    expression(target);
                    out.append(" = ");
                }
                expression(s.value());
                out.append('\n');
            }
            case Stmt.AugAssign s -> {
                expression(s.target());
                out.append(' ').append(s.operator().symbol()).append("= ");
                expression(s.value());
                out.append('\n');
            }
            case Stmt.AnnAssign s -> {
                expression(s.target());
                out.append(": ");
                expression(s.annotation());
                if (s.value() != null) {
                    out.append(" = ");
                    expression(s.value());
                }
                out.append('\n');
            }
            case Stmt.FunctionDef s -> functionDef(s);
            case Stmt.Return s -> {
                out.append("return");
                if (s.value() != null) {
                    out.append(' ');
                    expression(s.value());
                }
                out.append('\n');
            }
            case Stmt.If s -> ifStatement(s);
            case Stmt.While s -> {
                out.append("while ");
                expression(s.condition());
                block(s.body());
                orElse(s.orElse());
            }
            case Stmt.For s -> {
                out.append("for ");
                expression(s.target());
                out.append(" in ");
                expression(s.iterable());
                block(s.body());
                orElse(s.orElse());
            }
            case Stmt.Break s -> out.append("break\n");
            case Stmt.Continue s -> out.append("continue\n");
            case Stmt.Pass s -> out.append("pass\n");
            case Stmt.Assert s -> {
                out.append("assert ");
                expression(s.condition());
                if (s.message() != null) {
                    out.append(", ");
                    expression(s.message());
                }
                out.append('\n');
            }
            case Stmt.Import s -> {
                out.append("import ");
                aliases(s.names());
                out.append('\n');
            }
            case Stmt.ImportFrom s -> {
                out.append("from ").append(s.module()).append(" import ");
                aliases(s.names());
                out.append('\n');
            }
        }
    }

    private void functionDef(Stmt.FunctionDef def) {
        out.append("def ").append(def.name()).append('(');
        for (int i = 0; i < def.parameters().size(); i++) {
            Parameter parameter = def.parameters().get(i);
            out.append(i == 0 ? "" : ", ").append(parameter.name());
            if (parameter.annotation() != null) {
                out.append(": ");
                expression(parameter.annotation());
            }
            if (parameter.defaultValue() != null) {
                out.append(parameter.annotation() != null ? " = " : "=");
                expression(parameter.defaultValue());
            }
        }
        out.append(')');
        if (def.returns() != null) {
            out.append(" -> ");
            expression(def.returns());
        }
        block(def.body());
    }

    private void ifStatement(Stmt.If statement) {
        for (int i = 0; i < statement.branches().size(); i++) {
            Branch branch = statement.branches().get(i);
            if (i > 0) {
                line();
            }
            out.append(i == 0 ? "if " : "elif ");
            expression(branch.condition());
            block(branch.body());
        }
        orElse(statement.orElse());
    }

    private void orElse(List<Stmt> orElse) {
        if (!orElse.isEmpty()) {
            line();
            out.append("else");
            block(orElse);
        }
    }

    private void aliases(List<Alias> aliases) {
        for (int i = 0; i < aliases.size(); i++) {
            Alias alias = aliases.get(i);
            out.append(i == 0 ? "" : ", ").append(alias.name());
            if (alias.asName() != null) {
                out.append(" as ").append(alias.asName());
            }
        }
    }

    // ---------------------------------------------------------------- expressions

    private void expression(Expr expression) {
        switch (expression) {
            case IntLiteral e -> out.append(e.value());
            case FloatLiteral e -> out.append(Double.isInfinite(e.value()) ? "1e999" : Double.toString(e.value()));
            case BoolLiteral e -> out.append(e.value() ? "True" : "False");
            case NoneLiteral e -> out.append("None");
            case StringLiteral e -> repr(e.value());
            case FString e -> fString(e);
            case Name e -> out.append(e.id());
            case BinaryOp e -> {
                out.append('(');
                expression(e.left());
                out.append(' ').append(e.operator().symbol()).append(' ');
                expression(e.right());
                out.append(')');
            }
            case UnaryOp e -> {
                out.append('(').append(e.operator().symbol()).append(e.operator() == UnaryOperator.NOT ? " " : "");
                expression(e.operand());
                out.append(')');
            }
            case BoolOp e -> {
                out.append('(');
                separated(e.values(), " " + e.operator().symbol() + " ");
                out.append(')');
            }
            case Compare e -> {
                out.append('(');
                expression(e.left());
                for (Compare.Link link : e.links()) {
                    out.append(' ').append(link.operator().symbol()).append(' ');
                    expression(link.right());
                }
                out.append(')');
            }
            case Conditional e -> {
                out.append('(');
                expression(e.whenTrue());
                out.append(" if ");
                expression(e.condition());
                out.append(" else ");
                expression(e.whenFalse());
                out.append(')');
            }
            case Call e -> call(e);
            case Attribute e -> {
                // "1.real" would read as a float literal
                boolean integer = e.value() instanceof IntLiteral;
                out.append(integer ? "(" : "");
                expression(e.value());
                out.append(integer ? ")" : "").append('.').append(e.name());
            }
            case Subscript e -> subscript(e);
            case Slice e -> slice(e);
            case ListLiteral e -> {
                out.append('[');
                separated(e.elements(), ", ");
                out.append(']');
            }
            case TupleLiteral e -> {
                out.append('(');
                separated(e.elements(), ", ");
                out.append(e.elements().size() == 1 ? ",)" : ")");
            }
            case ListComp e -> {
                out.append('[');
                expression(e.element());
                comprehension(e.clauses());
                out.append(']');
            }
            case GeneratorExp e -> {
                out.append('(');
                expression(e.element());
                comprehension(e.clauses());
                out.append(')');
            }
        }
    }

    private void separated(List<Expr> expressions, String separator) {
        for (int i = 0; i < expressions.size(); i++) {
            out.append(i == 0 ? "" : separator);
            expression(expressions.get(i));
        }
    }

    private void call(Call call) {
        expression(call.function());
        out.append('(');
        separated(call.arguments(), ", ");
        for (int i = 0; i < call.keywords().size(); i++) {
            Keyword keyword = call.keywords().get(i);
            out.append(i == 0 && call.arguments().isEmpty() ? "" : ", ").append(keyword.name()).append('=');
            expression(keyword.value());
        }
        out.append(')');
    }

    private void subscript(Subscript subscript) {
        expression(subscript.value());
        out.append('[');
        // A tuple index goes without parentheses, which slices inside it require: a[1:2, 3].
        if (subscript.index() instanceof TupleLiteral tuple && !tuple.elements().isEmpty()) {
            separated(tuple.elements(), ", ");
            out.append(tuple.elements().size() == 1 ? "," : "");
        } else {
            expression(subscript.index());
        }
        out.append(']');
    }

    private void slice(Slice slice) {
        if (slice.lower() != null) {
            expression(slice.lower());
        }
        out.append(':');
        if (slice.upper() != null) {
            expression(slice.upper());
        }
        if (slice.step() != null) {
            out.append(':');
            expression(slice.step());
        }
    }

    private void comprehension(List<Comprehension> clauses) {
        for (Comprehension clause : clauses) {
            out.append(" for ");
            expression(clause.target());
            out.append(" in ");
            expression(clause.iterable());
            for (Expr condition : clause.conditions()) {
                out.append(" if ");
                expression(condition);
            }
        }
    }

    private void fString(FString fString) {
        out.append("f\"");
        for (FStringPart part : fString.parts()) {
            switch (part) {
                case FStringPart.Text text -> escaped(text.value(), '"', true);
                case FStringPart.Interpolation field -> {
                    out.append('{');
                    expression(field.expression());
                    out.append(field.conversion().suffix());
                    if (!field.formatSpec().isEmpty()) {
                        out.append(':');
                        escaped(field.formatSpec(), '"', true);
                    }
                    out.append('}');
                }
            }
        }
        out.append('"');
    }

    /** As Python's {@code repr} of a str: single quotes unless the text has some and no double quotes. */
    private void repr(String value) {
        char quote = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        escaped(value, quote, false);
        out.append(quote);
    }

    private void escaped(String value, char quote, boolean doubleBraces) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (doubleBraces && (cp == '{' || cp == '}')) {
                out.appendCodePoint(cp).appendCodePoint(cp);
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (Literals.isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        }
    }
}
