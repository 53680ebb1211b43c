/**
 * The front end of Code Live: {@link dev.codelive.codelive.syntax.PythonParser} turns a snippet of a Python 3 subset
 * into an immutable syntax tree ({@link dev.codelive.codelive.syntax.Module}, {@link dev.codelive.codelive.syntax.Stmt},
 * {@link dev.codelive.codelive.syntax.Expr} and a few parts), every node with its exact
 * {@link dev.codelive.codelive.syntax.Span}: 1-based lines and columns, columns in code points, as in CPython's
 * messages.
 *
 * <h2>The subset</h2>
 * Literals (ints in every base with underscores, floats, bools, None, strings with every prefix but bytes, f-strings),
 * arithmetic, comparisons and their chains, {@code and}/{@code or}/{@code not}, conditional expressions, names,
 * attributes, calls with positional and keyword arguments, subscripts and slices, list and tuple displays, list
 * comprehensions and generator expressions; assignment (chained, unpacking, augmented, annotated), {@code def} with
 * annotations and defaults, {@code return}, {@code if}/{@code elif}/{@code else}, {@code for} and {@code while} with
 * {@code else}, {@code break}, {@code continue}, {@code pass}, {@code assert}, {@code import} and
 * {@code from ... import}. Some checks CPython leaves to its compiler are made here too: {@code return} outside a
 * function, {@code break}/{@code continue} outside a loop, duplicate parameters.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>F-strings follow CPython 3.11: no backslash and no {@code #} in a replacement field, and the f-string's own
 *       quote ends it. A format spec is kept verbatim ({@code {x:.2f}} has spec {@code ".2f"}) for later stages to
 *       accept or refuse; a spec with replacement fields in it ({@code {x:{w}}}) is refused here. {@code {x=}} is
 *       compiled as CPython does: text {@code "x="} then {@code {x!r}}.</li>
 *   <li>Identifiers must be ASCII. Python allows Unicode identifiers, but each backend would need its own spelling
 *       of them, and NFKC-equivalent names would need unifying; "not supported yet: non-ASCII identifiers".
 *       Strings and comments may hold any Unicode.</li>
 *   <li>Decimal int literals longer than 4300 digits are a syntax error, as in CPython.</li>
 *   <li>{@code elif} chains are one {@link dev.codelive.codelive.syntax.Stmt.If} with a branch each, not nested.</li>
 * </ul>
 *
 * <h2>Problems</h2>
 * Everything wrong with a snippet is a {@link dev.codelive.codelive.syntax.SourceProblem}, whose message is the whole
 * user-facing detail: {@code "syntax error: expected ':' at 1:9"}, {@code "not supported yet: class definitions at
 * 3:1"} (the construct in plain words, plural), {@code "limit exceeded: nesting deeper than 64 levels at 1:65"}. The
 * first problem in source order is reported. Nothing else escapes the parser: no stack overflow, whatever the input.
 *
 * <h2>Limits</h2>
 * {@link dev.codelive.codelive.syntax.ParseLimits}: 64 KB of UTF-8, nesting 64 deep, a tree 256 high, 20 000 nodes and
 * 50 ms by default. The deadline is wall-clock time, checked every 256 tokens and 64 nodes; a cold JVM parses its
 * first snippet an order of magnitude slower than a warm one, so a server should warm the parser up before serving.
 */
package dev.codelive.codelive.syntax;
