package dev.codelive.exec.history;

import dev.codelive.platform.db.paging.Page;
import dev.codelive.platform.db.paging.PageRequest;
import static dev.codelive.exec.history.Runs.T0;
import static dev.codelive.exec.history.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.platform.auth.Role;
import dev.codelive.platform.testing.ServerOnEachDatabase;
import dev.codelive.platform.testing.TestDatabase.Kind;
import dev.codelive.platform.testing.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The execution log's storage on H2 and PostgreSQL: round trips, owners, filters and keyset paging. */
@ParameterizedClass
@EnumSource(Kind.class)
class ExecutionLogTest extends ServerOnEachDatabase {
    private ExecutionLog log;
    private String alice;
    private String bob;

    ExecutionLogTest(Kind kind) {
        super(kind);
    }

    @Override
    protected void configure(TestServer.Builder builder) {
        builder.module(new HistoryModule());
    }

    @BeforeEach
    void twoUsers() {
        log = new ExecutionLog(server.platform().database().jdbi(), server.platform().ownedRows());
        alice = Runs.user(server.platform(), "alice", Role.USER);
        bob = Runs.user(server.platform(), "bob", Role.USER);
    }

    private static List<String> ids(Page<ExecutionRecord> page) {
        return page.items().stream().map(ExecutionRecord::id).toList();
    }

    @Test
    void recordsComeBackExactlyAsRecorded() {
        ExecutionRecord full = new ExecutionRecord("run-1", Optional.of(alice), "rust", Runs.sha256("fn main() {}"), 12, "ok",
                OptionalInt.of(3), OptionalInt.empty(), 15, OptionalInt.of(1_200), 250, OptionalInt.of(65_536), true, Origin.RENDER,
                Instant.parse("2026-11-20T10:00:00.123456789Z"));
        ExecutionRecord sparse = new ExecutionRecord("run-2", Optional.empty(), "python", Runs.sha256(""), 0, "timed_out",
                OptionalInt.empty(), OptionalInt.of(9), 0, OptionalInt.empty(), 0, OptionalInt.empty(), false, Origin.API,
                Instant.parse("2026-11-20T09:00:00Z"));

        log.record(full);
        log.record(sparse);

        assertThat(full.createdAt()).as("kept to the microsecond, as both databases store it")
                .isEqualTo(Instant.parse("2026-11-20T10:00:00.123456Z"));
        assertThat(log.mine(alice, PageRequest.first(10)).items()).containsExactly(full);
        assertThat(log.all(PageRequest.first(10), ExecutionFilter.NONE).items()).containsExactly(full, sparse);
    }

    @Test
    void aUserSeesOnlyTheirOwnRuns() {
        ExecutionRecord alices = run(alice, 1);
        log.record(alices);
        log.record(run(bob, 2));
        log.record(run(null, 3));

        assertThat(log.mine(alice, PageRequest.first(10)).items()).containsExactly(alices);
        assertThat(log.mine(alice, new ExecutionFilter(Optional.empty(), Optional.empty(), Optional.of(bob)), PageRequest.first(10)).items())
                .as("a filter naming another user cannot widen a user's view").isEmpty();
        assertThat(log.mine(Runs.user(server.platform(), "carol", Role.USER), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void adminsListEveryonesRunsNewestFirstAndFilterThem() {
        ExecutionRecord alicePython = run(alice, "python", "ok", T0);
        ExecutionRecord aliceGo = run(alice, "go", "compile_error", T0.plusSeconds(1));
        ExecutionRecord bobGo = run(bob, "go", "ok", T0.plusSeconds(2));
        ExecutionRecord anonymousGo = run(null, "go", "ok", T0.plusSeconds(3));
        List.of(alicePython, aliceGo, bobGo, anonymousGo).forEach(log::record);

        assertThat(log.all(PageRequest.first(10), ExecutionFilter.NONE).items()).containsExactly(anonymousGo, bobGo, aliceGo, alicePython);
        assertThat(log.all(PageRequest.first(10), filter("go", null, null)).items()).containsExactly(anonymousGo, bobGo, aliceGo);
        assertThat(log.all(PageRequest.first(10), filter("go", "ok", null)).items()).containsExactly(anonymousGo, bobGo);
        assertThat(log.all(PageRequest.first(10), filter(null, null, alice)).items()).containsExactly(aliceGo, alicePython);
        assertThat(log.all(PageRequest.first(10), filter("go", "ok", alice)).items()).isEmpty();
        assertThat(log.mine(alice, filter(null, "compile_error", null), PageRequest.first(10)).items()).containsExactly(aliceGo);
    }

    private static ExecutionFilter filter(String language, String status, String user) {
        return new ExecutionFilter(Optional.ofNullable(language), Optional.ofNullable(status), Optional.ofNullable(user));
    }

    @Test
    void pagesWalkEveryRunOnceNewestFirstEvenWhenTimesTie() {
        List<ExecutionRecord> recorded = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Runs in threes share a time, so the order within a time rests on the id alone.
            ExecutionRecord run = run(alice, i / 3);
            log.record(run);
            recorded.add(run);
        }
        log.record(run(bob, 100));
        List<String> expected = recorded.stream()
                .sorted(Comparator.comparing(ExecutionRecord::createdAt).thenComparing(ExecutionRecord::id).reversed())
                .map(ExecutionRecord::id).toList();

        List<String> walked = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        PageRequest page = PageRequest.first(5);
        while (true) {
            Page<ExecutionRecord> found = log.mine(alice, page);
            walked.addAll(ids(found));
            sizes.add(found.items().size());
            if (found.next().isEmpty()) {
                break;
            }
            page = new PageRequest(5, found.next());
        }

        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(sizes).containsExactly(5, 5, 5, 5, 3);
    }

    @Test
    void aFullLastPageSaysThatNothingFollows() {
        log.record(run(alice, 1));
        log.record(run(alice, 2));

        Page<ExecutionRecord> page = log.mine(alice, PageRequest.first(2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void runsRecordedWhilePagingNeitherRepeatNorShiftTheNextPage() {
        for (int i = 0; i < 6; i++) {
            log.record(run(alice, i));
        }
        Page<ExecutionRecord> first = log.all(PageRequest.first(3), ExecutionFilter.NONE);

        log.record(run(alice, 10));
        log.record(run(null, 11));
        Page<ExecutionRecord> second = log.all(new PageRequest(3, first.next()), ExecutionFilter.NONE);

        assertThat(second.items()).extracting(ExecutionRecord::createdAt)
                .containsExactly(T0.plusSeconds(2), T0.plusSeconds(1), T0);
        assertThat(second.next()).isEmpty();
    }

    @Test
    void aRunOfAnUnknownUserIsRefused() {
        assertThatThrownBy(() -> log.record(run("no-such-user", 1))).rootCause().message().containsIgnoringCase("executions");
        assertThat(log.all(PageRequest.first(10), ExecutionFilter.NONE).items()).isEmpty();
    }

    @Test
    void aRunIsRecordedOnce() {
        ExecutionRecord run = run(alice, 1);
        log.record(run);

        assertThatThrownBy(() -> log.record(run)).isInstanceOf(RuntimeException.class);
        assertThat(log.mine(alice, PageRequest.first(10)).items()).containsExactly(run);
    }
}
