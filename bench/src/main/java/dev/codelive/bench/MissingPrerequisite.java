package dev.codelive.bench;

/** A bench command cannot run on this machine: a tool or file it needs is not there. Says what to install. */
final class MissingPrerequisite extends RuntimeException {
    MissingPrerequisite(String message) {
        super(message);
    }
}
