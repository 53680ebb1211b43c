package dev.codelive.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, stamped into the jar by Maven. */
final class Version {
    private Version() {}

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/codelive-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
