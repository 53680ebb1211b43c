package dev.codelive.platform.server;

/**
 * Static files served from the classpath.
 *
 * @param hostedPath URL prefix, e.g. {@code /site}
 * @param classpathDirectory directory inside the jar, e.g. {@code /site}
 */
public record StaticSite(String hostedPath, String classpathDirectory) {}
