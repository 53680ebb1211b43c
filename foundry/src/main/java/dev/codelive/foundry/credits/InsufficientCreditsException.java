package dev.codelive.foundry.credits;

/** A charge larger than the balance; nothing was charged. */
public final class InsufficientCreditsException extends RuntimeException {
    private final long required;
    private final long balance;

    public InsufficientCreditsException(long required, long balance) {
        super("this track needs " + required + " credits; the balance is " + balance);
        this.required = required;
        this.balance = balance;
    }

    public long required() {
        return required;
    }

    public long balance() {
        return balance;
    }
}
