/**
 * What more than one backend needs, and nothing specific to one target language: facts about a typed
 * {@link dev.codelive.codelive.ir.Program} (which expressions have effects, how variables are stored, how lists are
 * shared and changed in place, which ints are provably non-negative), the format specs of f-strings, and the tools of
 * rendering itself (source layout, operator precedence, identifier escaping, preludes of helpers). Code that one
 * backend alone uses stays in that backend's package; walking the IR is {@link dev.codelive.codelive.ir.IrWalk}.
 */
package dev.codelive.codelive.backend.support;
