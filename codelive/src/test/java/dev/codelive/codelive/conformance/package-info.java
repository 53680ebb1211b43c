/**
 * The conformance harness's lower half: it proves rendered programs right by running them.
 *
 * <ul>
 *   <li>{@link dev.codelive.codelive.conformance.ConformanceCorpus}: the Python snippets and CPython's exact output
 *       for each;</li>
 *   <li>{@link dev.codelive.codelive.conformance.ProgramRunner}: compiles (cached, batched, in parallel) and runs a
 *       {@link dev.codelive.codelive.conformance.Program} for a {@link dev.codelive.codelive.conformance.Target},
 *       returning a {@link dev.codelive.codelive.conformance.RunResult};</li>
 *   <li>{@link dev.codelive.codelive.conformance.Toolchains}: what this machine has, with versions;
 *       {@code Toolchains.require(target)} skips loudly or, under {@code CI=true}, fails;</li>
 *   <li>{@link dev.codelive.codelive.conformance.JuliaSyntax}: the structural check that stands in for a Julia
 *       toolchain.</li>
 * </ul>
 *
 * <p>A conformance test renders each snippet for each target and set of knobs, prebuilds all the programs of a
 * target in one call (tsc and go compile them in a few invocations), then per case runs the program and compares its
 * stdout with {@code ConformanceCorpus.expectedStdout(snippet)}, printing {@code RunResult.describe()} on failure.
 */
package dev.codelive.codelive.conformance;
