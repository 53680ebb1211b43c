package dev.codelive.platform.flags;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.codelive.platform.config.ServerConfig.FeatureFlagSettings;
import dev.codelive.platform.http.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Part of a {@link FlagRule}, replacing the fields it sets (null: unchanged): an admin's override, or a policy entry
 * over a module's declaration.
 *
 * @param enabled the master switch
 * @param rolloutPercentage share of signed-in users, 0 to 100
 * @param userGroups groups whose members always get it when enabled
 * @param environments where it can be on; empty means everywhere
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlagOverride(Boolean enabled, Integer rolloutPercentage, List<String> userGroups, List<String> environments) {
    /** A user group's name, as {@code PATCH /api/admin/users/{id}} accepts it. */
    public static final Pattern GROUP = Pattern.compile("[a-z0-9_]{1,50}");
    public static final int MAX_GROUPS = 20;
    public static final int MAX_ENVIRONMENTS = 10;

    /** True when it sets no field at all. */
    public boolean setsNothing() {
        return enabled == null && rolloutPercentage == null && userGroups == null && environments == null;
    }

    /** This override with the fields {@code newer} sets replaced. */
    public FlagOverride with(FlagOverride newer) {
        return new FlagOverride(
                newer.enabled != null ? newer.enabled : enabled,
                newer.rolloutPercentage != null ? newer.rolloutPercentage : rolloutPercentage,
                newer.userGroups != null ? newer.userGroups : userGroups,
                newer.environments != null ? newer.environments : environments);
    }

    /** Everything wrong with the values, by snake_case field; empty when they are fine. */
    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (rolloutPercentage != null && (rolloutPercentage < 0 || rolloutPercentage > 100)) {
            problems.add(new FieldError("rollout_percentage", "must be a whole number from 0 to 100"));
        }
        checkNames(problems, "user_groups", userGroups, MAX_GROUPS, GROUP, "1-50 characters of a-z, 0-9 and _");
        checkNames(problems, "environments", environments, MAX_ENVIRONMENTS, FeatureFlagSettings.ENVIRONMENT_NAME,
                "1-30 characters of a-z, 0-9, _ and -, such as embedded or production");
        return problems;
    }

    private static void checkNames(List<FieldError> problems, String field, List<String> names, int max, Pattern pattern, String rule) {
        if (names == null) {
            return;
        }
        if (names.size() > max) {
            problems.add(new FieldError(field, "at most " + max + " entries"));
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null || !pattern.matcher(names.get(i)).matches()) {
                problems.add(new FieldError(field + "[" + i + "]", "must be " + rule));
            }
        }
    }
}
