package dev.codelive.foundry.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/foundry-composer.md promises to list every word the reader knows. */
class VocabularyDocTest {

    @Test
    void theDocumentListsEveryPhraseOfTheVocabulary() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "foundry-composer.md"));

        assertThat(Vocabulary.standard().entries().keySet())
                .allSatisfy(phrase -> assertThat(doc).as("docs/foundry-composer.md lists `%s`", phrase)
                        .contains("`" + phrase + "`"));
    }

    @Test
    void everyGenreAndMoodHasARowInTheDocument() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "foundry-composer.md"));

        for (Genre genre : Genre.values()) {
            assertThat(doc).contains("| " + genre.displayName());
        }
        for (Mood mood : Mood.values()) {
            assertThat(doc).contains("| " + mood.displayName() + " |");
        }
    }
}
