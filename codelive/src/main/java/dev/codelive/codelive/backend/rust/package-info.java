/**
 * The rust backend: one std-only Rust file (stable, edition 2021) per program, ints as i64 or i128, lists borrowed
 * where a function only reads them, helpers emitted only when used.
 */
package dev.codelive.codelive.backend.rust;
