package dev.codelive.foundry.credits;

import java.time.Instant;
import java.util.Optional;

/**
 * One change of a user's balance.
 *
 * @param amount credits in (positive) or out (negative)
 * @param reason {@code grant}, {@code charge}, {@code refund} or {@code adjust}
 * @param trackId the track it was for, if any
 * @param balance the balance after it
 */
public record CreditEntry(String id, long amount, String reason, Optional<String> trackId, long balance, Instant createdAt) {}
