package dev.codelive.exec.api;

import dev.codelive.exec.history.ExecutionLog;
import dev.codelive.exec.history.ExecutionRecord;
import dev.codelive.exec.history.Origin;
import dev.codelive.exec.run.ExecutionOrder;
import dev.codelive.exec.run.ExecutionReport;
import dev.codelive.platform.auth.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/** Records each finished execution in the execution log: who, what language, the code's hash and size, never the code. */
public final class LoggedExecutions implements ExecutionRecorder {
    private final ExecutionLog log;
    private final Clock clock;

    public LoggedExecutions(ExecutionLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public String record(ExecutionOrder order, Optional<User> caller, ExecutionReport report, String origin) {
        byte[] code = order.code().getBytes(StandardCharsets.UTF_8);
        String id = UUID.randomUUID().toString();
        log.record(new ExecutionRecord(id, caller.map(User::id), order.language().wire(), sha256(code), code.length,
                report.status().wire(), report.exitCode(), report.signal(), clamp(report.queueMs()), optional(report.compileMs()),
                clamp(report.runMs()), optional(report.memoryKb()), report.buildCached(), Origin.fromWire(origin).orElseThrow(),
                clock.instant()));
        return id;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int clamp(long value) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, value));
    }

    private static OptionalInt optional(OptionalLong value) {
        return value.isPresent() ? OptionalInt.of(clamp(value.getAsLong())) : OptionalInt.empty();
    }
}
