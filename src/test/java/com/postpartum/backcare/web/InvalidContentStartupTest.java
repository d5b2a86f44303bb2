package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.util.FileSystemUtils;

import com.postpartum.backcare.BackcareApplication;
import com.postpartum.backcare.content.InvalidContentException;

/** Bad content stops start-up with a message naming the file and the field. */
class InvalidContentStartupTest {

	@TempDir
	Path content;

	@Test
	void anUnknownRegressionStopsStartUpNamingFileAndField() throws IOException {
		FileSystemUtils.copyRecursively(Path.of("content"), content);
		Path bridge = content.resolve("exercises/glute-bridge.yml");
		Files.writeString(bridge,
				Files.readString(bridge).replaceFirst("(?m)^regression: .*$", "regression: magic-carpet"));

		assertThatThrownBy(() -> new SpringApplicationBuilder(BackcareApplication.class)
			// Command-line arguments: they outrank application.properties, as they would in production.
			.run("--server.port=0", "--catalogue.content-location=" + content.toUri(),
					"--spring.datasource.url=jdbc:h2:mem:invalid-content")
			.close()).satisfies(ex -> {
				Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
				assertThat(root).isInstanceOf(InvalidContentException.class)
					.hasMessageContaining("exercises/glute-bridge.yml")
					.hasMessageContaining("field 'regression'")
					.hasMessageContaining("magic-carpet");
			});
	}

}
