package dev.codelive.platform.server;

/** A capability plugged into the server: registers its routes, checks, warm-ups, rate classes and resources. */
public interface ServerModule {

    /** Called once, before the server starts. */
    void register(Platform platform);
}
