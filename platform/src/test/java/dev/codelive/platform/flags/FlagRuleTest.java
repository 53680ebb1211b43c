package dev.codelive.platform.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.platform.auth.Plan;
import dev.codelive.platform.auth.Role;
import dev.codelive.platform.auth.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The evaluation rule, case by case, and the buckets behind rollouts. */
class FlagRuleTest {
    private static final Optional<User> ANONYMOUS = Optional.empty();

    static User user(String id, String... groups) {
        return new User(id, id + "@example.com", id, Role.USER, Set.of(groups), Plan.FREE, false, Instant.EPOCH);
    }

    private static FlagRule rule(boolean enabled, int percentage, List<String> groups, List<String> environments) {
        return new FlagRule(enabled, percentage, groups, environments);
    }

    /** A user id in this flag's first {@code percentage} buckets, or not, found by search. */
    private static String idWhoseBucket(String flag, boolean below, int percentage) {
        return IntStream.range(0, 10_000).mapToObj(i -> "u" + i)
                .filter(id -> RolloutBucket.of(flag, id) < percentage == below)
                .findFirst().orElseThrow();
    }

    @Test
    void disabledIsOffForEveryone() {
        FlagRule off = rule(false, 100, List.of("beta"), List.of());

        assertThat(off.isOnFor("f", "production", ANONYMOUS)).isFalse();
        assertThat(off.isOnFor("f", "production", Optional.of(user("a", "beta")))).isFalse();
    }

    @Test
    void theEnvironmentMustBeListedUnlessTheListIsEmpty() {
        FlagRule embeddedOnly = rule(true, 100, List.of(), List.of("embedded"));
        FlagRule everywhere = rule(true, 100, List.of(), List.of());

        assertThat(embeddedOnly.isOnFor("f", "embedded", ANONYMOUS)).isTrue();
        assertThat(embeddedOnly.isOnFor("f", "production", ANONYMOUS)).isFalse();
        assertThat(embeddedOnly.isOnFor("f", "production", Optional.of(user("a")))).isFalse();
        assertThat(everywhere.isOnFor("f", "staging", ANONYMOUS)).isTrue();
    }

    @Test
    void groupMembersGetItWhateverTheRolloutAndOthersByBucket() {
        FlagRule betaAndTenPercent = rule(true, 10, List.of("beta", "staff"), List.of());

        String outside = idWhoseBucket("f", false, 10);
        String inside = idWhoseBucket("f", true, 10);

        assertThat(betaAndTenPercent.isOnFor("f", "x", Optional.of(user(outside, "staff")))).isTrue();
        assertThat(betaAndTenPercent.isOnFor("f", "x", Optional.of(user(outside, "other")))).isFalse();
        assertThat(betaAndTenPercent.isOnFor("f", "x", Optional.of(user(inside)))).isTrue();
        assertThat(rule(true, 0, List.of(), List.of()).isOnFor("f", "x", Optional.of(user("anyone", "beta")))).as("0 % and no groups").isFalse();
    }

    @Test
    void anonymousCallersGetOnlyFlagsAtOneHundredPercent() {
        assertThat(rule(true, 100, List.of("beta"), List.of()).isOnFor("f", "x", ANONYMOUS)).isTrue();
        assertThat(rule(true, 99, List.of(), List.of()).isOnFor("f", "x", ANONYMOUS)).isFalse();
        assertThat(rule(true, 0, List.of("beta"), List.of()).isOnFor("f", "x", ANONYMOUS)).isFalse();
    }

    @Test
    void overridesReplaceOnlyTheFieldsTheySet() {
        FlagRule defaults = rule(true, 30, List.of("beta"), List.of("embedded"));

        assertThat(defaults.with(new FlagOverride(null, 60, null, null))).isEqualTo(rule(true, 60, List.of("beta"), List.of("embedded")));
        assertThat(defaults.with(new FlagOverride(false, null, List.of(), List.of()))).isEqualTo(rule(false, 30, List.of(), List.of()));
        assertThat(new FlagOverride(true, 10, null, null).with(new FlagOverride(null, 20, List.of("a"), null)))
                .isEqualTo(new FlagOverride(true, 20, List.of("a"), null));
    }

    @Test
    void outOfRangePercentagesAreRefused() {
        assertThatThrownBy(() -> rule(true, 101, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule(true, -1, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bucketsAreStableAndInRange() {
        for (int i = 0; i < 1000; i++) {
            int bucket = RolloutBucket.of("midi", "user-" + i);
            assertThat(bucket).isBetween(0, 99).isEqualTo(RolloutBucket.of("midi", "user-" + i));
        }
        // Pinned: a change of hash would silently move users across every running rollout.
        assertThat(List.of(RolloutBucket.of("midi", "user-1"), RolloutBucket.of("midi", "user-2"), RolloutBucket.of("lfo", "user-1")))
                .containsExactly(13, 29, 66);
    }

    @Test
    void aThirtyPercentRolloutReachesAboutThirtyPercentOfUsers() {
        FlagRule thirty = rule(true, 30, List.of(), List.of());

        long on = IntStream.range(0, 10_000).filter(i -> thirty.isOnFor("style_seed", "x", Optional.of(user("user-" + i)))).count();

        assertThat(on).isBetween(2_700L, 3_300L);
    }

    @Test
    void eachFlagDrawsItsOwnUsers() {
        long both = IntStream.range(0, 10_000)
                .filter(i -> RolloutBucket.of("lfo", "user-" + i) < 50 && RolloutBucket.of("midi", "user-" + i) < 50)
                .count();

        assertThat(both).as("independent halves overlap by a quarter, not a half").isBetween(2_200L, 2_800L);
    }
}
