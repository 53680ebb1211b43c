package dev.codelive.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that needs a local service. Outside CI a missing service skips the test with a loud notice;
 * with {@code CI=true} it fails, because CI must never pass by skipping.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ServiceCondition.class)
public @interface RequiresService {
    Service value();

    /** The services tests may need, with where the test suite expects them. */
    enum Service {
        REDIS("REDIS_TEST_URL", "redis://127.0.0.1:6379"),
        POSTGRES("POSTGRES_TEST_URL", "postgresql://postgres@127.0.0.1:5432/test"),
        CHROMIUM("CHROMIUM_PATH", "/usr/bin/chromium");

        private final String variable;
        private final String fallback;

        Service(String variable, String fallback) {
            this.variable = variable;
            this.fallback = fallback;
        }

        /** Where the service is: the environment variable if set, else the local default. */
        public String location() {
            String value = System.getenv(variable);
            return value == null || value.isBlank() ? fallback : value;
        }

        public String variable() {
            return variable;
        }
    }
}
