/**
 * Python's value semantics, exactly as CPython 3.11 has them, for the reference evaluator and as the specification
 * the code generators follow. No AST here: values and operations only.
 *
 * <ul>
 *   <li>Values: the sealed {@link dev.codelive.codelive.runtime.PyObject} hierarchy — {@code PyInt} (long fast path,
 *       BigInteger beyond), {@code PyBool} (an int), {@code PyFloat}, {@code PyStr} (code points), {@code PyNone},
 *       {@code PyList} (mutable), {@code PyTuple}, {@code PyRange} (lazy) and {@code PyIterator} (single pass).</li>
 *   <li>Operations: {@code Operators} (arithmetic, bitwise, unary, truthiness, in-place), {@code Comparisons}
 *       ({@code ==}, ordering, chains, {@code in}, {@code is}), {@code Sequences} (indexing, slicing, assignment,
 *       iteration, unpacking), {@code Methods} (list, tuple and str methods).</li>
 *   <li>Functions: {@code Builtins} and {@code BuiltinFunction} (by name, with CPython's argument checks),
 *       {@code PyMath} and {@code MathFunction} for {@code math}.</li>
 *   <li>Text: {@code Repr} ({@code repr}, {@code str}), {@code Formatter} ({@code format} specs, f-strings),
 *       {@code Builtins.print}.</li>
 *   <li>Failure: {@link dev.codelive.codelive.runtime.PythonError} is a Python exception with CPython's type and
 *       message; {@link dev.codelive.codelive.runtime.NotSupportedException} refuses what is not modelled;
 *       {@link dev.codelive.codelive.runtime.EvaluationBudgetException} refuses values beyond
 *       {@link dev.codelive.codelive.runtime.RuntimeLimits}.</li>
 * </ul>
 *
 * <p>For generators, float output is the one rule that is easy to get wrong: take the shortest digits that round-trip
 * (what Rust's {@code {:?}}, Go's {@code 'g', -1}, JavaScript's {@code String(x)} and .NET Core's {@code "R"}
 * produce), then lay them out as CPython does — scientific notation exactly when the decimal exponent is below -4 or
 * at least 16, a two-digit exponent ({@code 1e-05}, {@code 1e+16}), no {@code .0} in scientific notation,
 * {@code .0} appended to an integral fixed-point value, and {@code inf}, {@code -inf}, {@code nan}.
 */
package dev.codelive.codelive.runtime;
