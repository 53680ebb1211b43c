/**
 * The reference evaluator: what CPython 3.11 prints for a snippet, computed by interpreting the syntax tree of
 * {@code dev.codelive.codelive.syntax} with the value semantics of {@code dev.codelive.codelive.runtime}. Every
 * rendering's expected output comes from here; python3 is never run in production.
 *
 * <ul>
 *   <li>API: {@link dev.codelive.codelive.evaluator.ReferenceEvaluator#evaluate} gives an
 *       {@link dev.codelive.codelive.evaluator.Evaluation} (stdout, the uncaught
 *       {@link dev.codelive.codelive.evaluator.RaisedError} if any, steps), within an
 *       {@link dev.codelive.codelive.evaluator.EvaluationBudget}; an
 *       {@link dev.codelive.codelive.evaluator.EvaluationListener} can watch every value.</li>
 *   <li>Semantics: Python's scoping (function locals decided statically, late-bound closures, comprehension scopes),
 *       CPython's order of evaluation and its TypeError messages for calls, lazy generator expressions, the
 *       recursion limit of 1000 frames (comprehensions count, as in 3.11). A snippet that is one expression prints
 *       its value unless it is None.</li>
 *   <li>Refusals: what the runtime does not model (a builtin, method or module it lacks, a function used as data)
 *       raises {@link dev.codelive.codelive.runtime.NotSupportedException}, never a Python exception CPython would
 *       not raise; running out of budget raises {@link dev.codelive.codelive.runtime.EvaluationBudgetException}.</li>
 *   <li>Structure: {@code Interpreter} holds one evaluation's state; {@code Compiler} turns the tree into
 *       {@code Node}s (expressions: {@code Expressions}, {@code Names}, {@code Calls} with {@code Parameters},
 *       {@code Comprehensions}) and {@code Step}s (statements: {@code Statements}, {@code Targets}, with
 *       {@code Imports} and {@code Annotations}), each name resolved to a slot of its {@code Scope} by
 *       {@code Layout}; {@code Meter}, {@code Allocation} and {@code Output} enforce the budget, and the evaluation
 *       runs on one of {@code EvaluatorThreads}.</li>
 * </ul>
 */
package dev.codelive.codelive.evaluator;
