package com.postpartum.backcare.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every Spanish text that carries a warning says it as urgently as its English twin, with the
 * same numbers (docs/glossary-es.md, "Safety words"). Twins are found by position, never by
 * guessing: a flag's field, an exercise's list entry, a routine's note, a learn page's section
 * (a heading and what follows it, so a bullet under "Emergencia: llame ahora…" counts) and a
 * message key. A text's level is the most urgent level whose words it holds; the Spanish must
 * reach at least the English one.
 */
class SpanishSafetyWordingTest {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	enum Level {

		NONE, REVIEW, URGENT, EMERGENCY

	}

	private static final Map<Level, Pattern> ENGLISH = Map.of(Level.EMERGENCY,
			Pattern.compile("emergency number|emergency department|\\b999\\b|\\b911\\b|\\b112\\b", FLAGS), Level.URGENT,
			Pattern.compile("\\btoday\\b|same day|within a few hours", FLAGS), Level.REVIEW,
			Pattern.compile("\\bbook\\b|appointment", FLAGS));

	private static final Map<Level, Pattern> SPANISH = Map.of(Level.EMERGENCY,
			Pattern.compile("número de emergencias|urgencias de un hospital|\\b999\\b|\\b911\\b|\\b112\\b", FLAGS),
			Level.URGENT, Pattern.compile("\\bhoy\\b|el mismo día|en unas horas", FLAGS), Level.REVIEW,
			Pattern.compile("pida una cita|pedir una cita|\\bcita\\b", FLAGS));

	/** The words of the EMERGENCY action itself, which a flag of that level must say: not only a number. */
	private static final Pattern CALL_NOW = Pattern.compile("llame ahora al número de emergencias|vaya a urgencias",
			FLAGS);

	/** Digits, with a decimal point or comma written the Spanish way ("100,4"). */
	private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

	private static final YAMLMapper YAML = new YAMLMapper();

	private static final Path CONTENT = Path.of("content");

	record Twin(String where, String english, String spanish) {
	}

	static Level level(String text, Map<Level, Pattern> words) {
		for (Level level : List.of(Level.EMERGENCY, Level.URGENT, Level.REVIEW)) {
			if (text != null && words.get(level).matcher(text).find()) {
				return level;
			}
		}
		return Level.NONE;
	}

	static Set<String> numbers(String text) {
		Set<String> numbers = new TreeSet<>();
		if (text != null) {
			Matcher m = NUMBER.matcher(text);
			while (m.find()) {
				numbers.add(m.group().replace('.', ','));
			}
		}
		return numbers;
	}

	@Test
	void everyFlagSaysItsLevelAndNumbersInSpanish() throws IOException {
		List<String> problems = new ArrayList<>();
		int flags = 0;
		for (Path english : files(CONTENT.resolve("flags"), ".yml")) {
			Map<String, Object> en = yaml(english);
			Map<String, Object> es = yaml(CONTENT.resolve("es/flags").resolve(english.getFileName()));
			String code = (String) en.get("code");
			for (String field : List.of("question", "hint", "title", "advice")) {
				compare(new Twin("flags/" + english.getFileName() + " " + field, (String) en.get(field),
						(String) es.get(field)), problems);
			}
			Level level = level((String) en.get("advice"), ENGLISH);
			if (level == Level.EMERGENCY && !CALL_NOW.matcher((String) es.get("advice")).find()) {
				problems.add(code + ": an emergency's Spanish advice must say \"llame ahora al número de emergencias\"");
			}
			flags++;
		}
		assertThat(flags).as("flag files").isGreaterThan(20);
		assertThat(problems).isEmpty();
	}

	@Test
	void everyExerciseAndRoutineEntryKeepsItsLevel() throws IOException {
		List<String> problems = new ArrayList<>();
		List<Twin> twins = new ArrayList<>();
		for (Path english : files(CONTENT.resolve("exercises"), ".yml")) {
			Map<String, Object> en = yaml(english);
			Map<String, Object> es = yaml(CONTENT.resolve("es/exercises").resolve(english.getFileName()));
			String name = "exercises/" + english.getFileName() + " ";
			for (String field : List.of("summary", "purpose")) {
				twins.add(new Twin(name + field, (String) en.get(field), (String) es.get(field)));
			}
			twins.add(new Twin(name + "dosage.note", (String) ((Map<?, ?>) en.get("dosage")).get("note"),
					(String) es.get("dosageNote")));
			for (String list : List.of("steps", "cues", "mistakes", "stopIf")) {
				List<?> enItems = (List<?>) en.get(list);
				List<?> esItems = (List<?>) es.get(list);
				for (int i = 0; i < enItems.size(); i++) {
					twins.add(new Twin(name + list + "[" + i + "]", (String) enItems.get(i),
							i < esItems.size() ? (String) esItems.get(i) : null));
				}
			}
		}
		for (Path english : files(CONTENT.resolve("routines"), ".yml")) {
			Map<String, Object> en = yaml(english);
			Map<String, Object> es = yaml(CONTENT.resolve("es/routines").resolve(english.getFileName()));
			String name = "routines/" + english.getFileName() + " ";
			twins.add(new Twin(name + "description", (String) en.get("description"), (String) es.get("description")));
			Map<?, ?> notes = es.get("notes") == null ? Map.of() : (Map<?, ?>) es.get("notes");
			for (Object item : (List<?>) en.get("exercises")) {
				Map<?, ?> entry = (Map<?, ?>) item;
				if (entry.get("note") != null) {
					twins.add(new Twin(name + "note " + entry.get("slug"), (String) entry.get("note"),
							(String) notes.get(entry.get("slug"))));
				}
			}
		}
		twins.forEach(twin -> compare(twin, problems));
		assertThat(twins.stream().filter(twin -> level(twin.english(), ENGLISH) != Level.NONE).count())
			.as("entries that carry a warning")
			.isGreaterThan(20);
		assertThat(problems).isEmpty();
	}

	@Test
	void everyLearnPageSectionKeepsItsLevel() throws IOException {
		List<String> problems = new ArrayList<>();
		int warned = 0;
		for (Path english : files(CONTENT.resolve("learn"), ".md")) {
			List<String> en = sections(Files.readString(english, StandardCharsets.UTF_8));
			List<String> es = sections(
					Files.readString(CONTENT.resolve("es/learn").resolve(english.getFileName()), StandardCharsets.UTF_8));
			if (en.size() != es.size()) {
				problems.add("learn/" + english.getFileName() + ": " + en.size() + " sections in English, " + es.size()
						+ " in Spanish");
				continue;
			}
			for (int i = 0; i < en.size(); i++) {
				Twin twin = new Twin("learn/" + english.getFileName() + " section " + i, en.get(i), es.get(i));
				compare(twin, problems);
				warned += level(twin.english(), ENGLISH) == Level.NONE ? 0 : 1;
			}
		}
		assertThat(warned).as("sections that carry a warning").isGreaterThan(5);
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageKeepsItsLevel() throws IOException {
		Properties en = properties("src/main/resources/messages.properties");
		Properties es = properties("src/main/resources/messages_es.properties");
		List<String> problems = new ArrayList<>();
		int warned = 0;
		for (String key : new TreeSet<>(en.stringPropertyNames())) {
			Twin twin = new Twin("messages " + key, en.getProperty(key), es.getProperty(key));
			compare(twin, problems);
			warned += level(twin.english(), ENGLISH) == Level.NONE ? 0 : 1;
		}
		assertThat(warned).as("messages that carry a warning").isGreaterThan(10);
		assertThat(problems).isEmpty();
	}

	@Test
	void theComparisonCatchesASoftenedWarning() {
		List<String> problems = new ArrayList<>();
		compare(new Twin("example", "Numbness between your legs. Call the emergency number now (999, 911 or 112).",
				"Adormecimiento entre las piernas. Consulte pronto con su médico."), problems);
		compare(new Twin("example", "A fever of 38 °C: call your midwife today.",
				"Fiebre de 39 °C: llame a su matrona hoy."), problems);
		assertThat(problems).hasSize(3);
		assertThat(problems.get(0)).contains("EMERGENCY");
		assertThat(problems.get(1)).contains("[112, 911, 999]");
		assertThat(problems.get(2)).contains("[38]");
	}

	/** The Spanish reaches the English level and keeps its numbers; an absent twin is left to the validator. */
	static void compare(Twin twin, List<String> problems) {
		if (twin.english() == null || twin.spanish() == null) {
			return;
		}
		Level english = level(twin.english(), ENGLISH);
		Level spanish = level(twin.spanish(), SPANISH);
		if (spanish.compareTo(english) < 0) {
			problems.add(twin.where() + ": the English says " + english + " (\"" + twin.english() + "\") but the Spanish only "
					+ spanish + " (\"" + twin.spanish() + "\")");
		}
		if (english != Level.NONE) {
			Set<String> missing = numbers(twin.english());
			missing.removeAll(numbers(twin.spanish()));
			if (!missing.isEmpty()) {
				problems.add(twin.where() + ": the Spanish lacks the number(s) " + missing + " of the English (\""
						+ twin.english() + "\")");
			}
		}
	}

	/** A Markdown body cut at each heading: a heading's words cover what sits under it. */
	static List<String> sections(String page) {
		String body = page.substring(page.indexOf("\n---", 3) + 4);
		List<String> sections = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : body.split("\n")) {
			if (line.startsWith("#") && !current.isEmpty()) {
				sections.add(current.toString());
				current.setLength(0);
			}
			current.append(line).append('\n');
		}
		sections.add(current.toString());
		return sections;
	}

	private static List<Path> files(Path folder, String extension) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(path -> path.toString().endsWith(extension)).sorted().toList();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> yaml(Path file) throws IOException {
		return new LinkedHashMap<>(YAML.readValue(Files.readString(file, StandardCharsets.UTF_8), Map.class));
	}

	private static Properties properties(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
