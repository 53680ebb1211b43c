/**
 * Facts about a typed {@link dev.codelive.codelive.ir.Program} that several backends need to render it faithfully:
 * which expressions have effects, which list variables are changed in place, which ints are provably non-negative,
 * and the format specs of f-strings.
 */
package dev.codelive.codelive.backend.support;
