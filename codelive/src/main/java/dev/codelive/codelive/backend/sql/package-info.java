/**
 * The {@code sql} backend: one script whose text output is exactly what CPython prints. PostgreSQL gets a PL/pgSQL
 * rendering (a {@code DO} block and {@code pg_temp} functions writing to a temp table); SQLite, which has no
 * procedural language, gets the set-based part of the subset, rendered as plain statements and queries.
 */
package dev.codelive.codelive.backend.sql;
