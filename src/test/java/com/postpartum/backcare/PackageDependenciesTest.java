package com.postpartum.backcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages by feature depend only downwards (docs/architecture.md): account → practice →
 * assessment → catalogue → {web, content}; home → catalogue; catalogue.content → catalogue.
 * The base packages web and content know no feature, and the catalogue never its loader, so
 * there is no cycle. Read from the sources, imports and written-out names alike.
 */
class PackageDependenciesTest {

	private static final Path SOURCES = Path.of("src/main/java/com/postpartum/backcare");

	private static final Set<String> BASE = Set.of("web", "content");

	/** What each package may use besides itself; the application class may use any. */
	private static final Map<String, Set<String>> ALLOWED = Map.of("web", Set.of(), "content", Set.of(), "home",
			Set.of("catalogue", "web", "content"), "catalogue", BASE, "catalogue.content",
			Set.of("catalogue", "web", "content"), "assessment", Set.of("catalogue", "web", "content"), "practice",
			Set.of("assessment", "catalogue", "web", "content"), "account",
			Set.of("practice", "assessment", "catalogue", "web", "content"));

	private static final Pattern REFERENCE = Pattern.compile("com\\.postpartum\\.backcare\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

	@Test
	void everyPackageDependsOnlyOnThoseBelowIt() throws IOException {
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				String from = packageOf(SOURCES.relativize(file.getParent()));
				if (from.isEmpty()) {
					continue;
				}
				assertThat(ALLOWED).as("a package the rules of this test know").containsKey(from);
				Matcher reference = REFERENCE.matcher(Files.readString(file));
				while (reference.find()) {
					String to = reference.group(1);
					if (!to.equals(from) && !ALLOWED.get(from).contains(to)) {
						violations.add(SOURCES.relativize(file) + " uses " + to);
					}
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	private static String packageOf(Path folder) {
		return folder.toString().replace(java.io.File.separatorChar, '.');
	}

}
