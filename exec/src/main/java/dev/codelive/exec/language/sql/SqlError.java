package dev.codelive.exec.language.sql;

/**
 * The error that stopped a script: SQLite's message, or the driver's for a statement past its deadline.
 *
 * @param statementIndex the failed statement's place in the script, from 0
 * @param line the 1-based line where the failed statement starts
 */
public record SqlError(String message, int statementIndex, int line) {}
