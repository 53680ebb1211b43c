package dev.codelive.platform.auth;

import dev.codelive.platform.audit.AuditLog;
import dev.codelive.platform.config.ConfigException;
import dev.codelive.platform.config.ServerConfig.AdminSettings;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates or promotes the first admin from the operator's settings at start-up; there is no default password. */
public final class AdminBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String TOKEN_ONLY_EMAIL = "admin@codelive.invalid";

    private AdminBootstrap() {}

    public static void apply(AdminSettings settings, UserStore users, TokenStore tokens, PasswordHasher hasher, AuditLog audit) {
        if (settings.email().isEmpty() && settings.token().isEmpty()) {
            return;
        }
        String email = Credentials.normalizeEmail(settings.email().orElse(TOKEN_ONLY_EMAIL));
        if (!Credentials.isValidEmail(email)) {
            throw new ConfigException("ADMIN_EMAIL", "'" + email + "' is not an email address");
        }
        settings.password().ifPresent(password -> {
            List<String> problems = Credentials.passwordProblems(password, email);
            if (!problems.isEmpty()) {
                throw new ConfigException("ADMIN_PASSWORD", String.join(", ", problems) + " (rules: " + Credentials.PASSWORD_RULES + ")");
            }
        });
        User admin = users.findLogin(email).map(UserStore.StoredLogin::user).map(existing -> {
            if (!existing.isAdmin()) {
                users.update(existing.id(), new UserStore.UserChanges(
                        Optional.of(Role.ADMIN), Optional.empty(), Optional.empty(), Optional.empty()));
                audit.recordSystem("admin.bootstrap", existing.id(), "promoted " + existing.email() + " to admin (ADMIN_EMAIL)");
                LOG.info("promoted {} to admin", existing.email());
            }
            return existing;
        }).orElseGet(() -> {
            LOG.info("created admin {}", email);
            User created = users.create(email, "Admin", settings.password().map(hasher::hash).orElse(null), Role.ADMIN);
            audit.recordSystem("admin.bootstrap", created.id(), "created admin " + email + " (ADMIN_EMAIL/ADMIN_TOKEN)");
            return created;
        });
        settings.token().ifPresent(token -> tokens.register(admin.id(), token));
    }
}
