/**
 * The go backend: one gofmt-clean Go file (Go 1.19+, standard library only) per program, ints as int64 or
 * {@code *big.Int}, helpers emitted only when used.
 */
package dev.codelive.codelive.backend.go;
