/**
 * The backends: what a backend is ({@link dev.codelive.codelive.backend.Backend}, what it
 * {@link dev.codelive.codelive.backend.Generated generates} or {@link dev.codelive.codelive.backend.BackendRefusal
 * refuses}, and how it {@link dev.codelive.codelive.backend.BackendInfo describes itself}), one package per target
 * language, and {@link dev.codelive.codelive.backend.support} for what several of them share.
 */
package dev.codelive.codelive.backend;
