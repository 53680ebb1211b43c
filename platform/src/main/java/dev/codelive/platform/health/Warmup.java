package dev.codelive.platform.health;

/** Start-up work that must finish before the server reports ready (priming caches, connecting pools…). */
@FunctionalInterface
public interface Warmup {
    void run() throws Exception;
}
