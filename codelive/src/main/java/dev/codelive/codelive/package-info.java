/**
 * Code Live: a Python-subset snippet becomes equivalent, runnable programs in six languages. The front end
 * ({@code syntax}) parses it into an AST with exact positions; {@code runtime} holds Python's value semantics shared by
 * the reference evaluator and the generators.
 */
package dev.codelive.codelive;
