package dev.codelive.app.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Finding a WebJar's files from its Maven metadata, so its version is named only in the pom. */
class SiteModuleTest {

    @Test
    void theCodeMirrorDirectoryCarriesTheVersionOfTheJarOnTheClasspath() {
        String directory = SiteModule.webJarDirectory("org.webjars.npm", "codemirror");

        assertThat(directory).matches("/META-INF/resources/webjars/codemirror/5\\.\\d+\\.\\d+");
        assertThat(SiteModule.class.getResource(directory + "/lib/codemirror.js")).isNotNull();
    }

    @Test
    void aMissingWebJarFailsAtStartupWithItsName() {
        assertThatThrownBy(() -> SiteModule.webJarDirectory("org.webjars.npm", "no-such-editor"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("WebJar org.webjars.npm:no-such-editor is not on the classpath");
    }
}
