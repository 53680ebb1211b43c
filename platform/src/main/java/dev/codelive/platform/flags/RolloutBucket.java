package dev.codelive.platform.flags;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Where a user falls in a flag's rollout: 0 to 99, the same on every replica and every run. The flag's name is part of
 * the hash, so that the users in one flag's first 10 % are not also the first 10 % of every other flag.
 */
final class RolloutBucket {
    private RolloutBucket() {}

    static int of(String flag, String userId) {
        byte[] digest = sha256().digest((flag + '\n' + userId).getBytes(StandardCharsets.UTF_8));
        // 64 bits modulo 100: the bias is below one in 10^17.
        return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), 100);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
