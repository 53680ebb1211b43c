package dev.codelive.exec.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Drains one output stream of a run while it runs, keeping at most {@code cap} bytes. The first byte over the cap
 * calls {@code overflow} (which kills the run) and everything after it is read and dropped, so a program printing
 * without end is stopped at the cap, not buffered.
 */
final class CappedOutput {
    private final long cap;
    private final Runnable overflow;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private volatile boolean truncated;

    CappedOutput(long cap, Runnable overflow) {
        this.cap = cap;
        this.overflow = overflow;
    }

    void drain(InputStream in) {
        byte[] buffer = new byte[16 * 1024];
        try (in) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                keep(buffer, read);
            }
        } catch (IOException e) {
            // The pipe closes under us when the run is killed: what was kept is the output.
        }
    }

    private void keep(byte[] buffer, int read) {
        synchronized (kept) {
            long room = cap - kept.size();
            if (read <= room) {
                kept.write(buffer, 0, read);
                return;
            }
            kept.write(buffer, 0, (int) Math.max(0, room));
        }
        if (!truncated) {
            truncated = true;
            overflow.run();
        }
    }

    boolean truncated() {
        return truncated;
    }

    byte[] bytes() {
        synchronized (kept) {
            return kept.toByteArray();
        }
    }
}
