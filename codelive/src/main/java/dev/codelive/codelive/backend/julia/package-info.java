/**
 * The {@code julia} backend: one Julia 1.9+ script, standard library only, printing exactly what CPython prints.
 * Python's 0-based and negative indexes become Julia's 1-based ones, {@code //} and {@code %} become {@code fld} and
 * {@code mod}, and small helpers (emitted only when used) write floats, strs and containers the way CPython does.
 */
package dev.codelive.codelive.backend.julia;
