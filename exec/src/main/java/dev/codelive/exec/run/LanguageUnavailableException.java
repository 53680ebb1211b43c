package dev.codelive.exec.run;

import dev.codelive.exec.language.Language;

/** The language's toolchain is not installed on this host. */
public final class LanguageUnavailableException extends RuntimeException {
    private final Language language;

    public LanguageUnavailableException(Language language, String reason) {
        super(reason);
        this.language = language;
    }

    public Language language() {
        return language;
    }
}
