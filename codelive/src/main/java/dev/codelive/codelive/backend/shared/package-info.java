/**
 * What the TypeScript and C# backends share: operator precedence bookkeeping, the prelude of helpers copied into a
 * program only when used, identifier escaping, format-spec checking and the side-effect questions a renderer asks of
 * the IR.
 */
package dev.codelive.codelive.backend.shared;
