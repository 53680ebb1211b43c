/**
 * The {@code ts} backend: TypeScript for {@code tsc --strict --target es2020 --module commonjs}, run by Node 18 or
 * later. Every Python int is a {@code bigint}, whatever the program's int width: a JavaScript number holds integers
 * exactly only up to 2**53, and the IR proves at most 62 bits for 64-bit programs, so numbers would be a guess.
 */
package dev.codelive.codelive.backend.ts;
