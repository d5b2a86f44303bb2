package com.postpartum.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.postpartum.backcare.assessment.FlagCode;
import com.postpartum.backcare.assessment.Intake;
import com.postpartum.backcare.assessment.Level;
import com.postpartum.backcare.assessment.TriageRules;
import com.postpartum.backcare.catalogue.Category;
import com.postpartum.backcare.catalogue.CodedEnum;
import com.postpartum.backcare.catalogue.Equipment;
import com.postpartum.backcare.catalogue.Origin;
import com.postpartum.backcare.catalogue.Position;
import com.postpartum.backcare.catalogue.TimeOfDay;
import com.postpartum.backcare.practice.ProgressRules.ReviewCause;
import com.postpartum.backcare.practice.ProgressRules.SwapReason;

/**
 * Every word a person reads comes from messages.properties: every key the templates and the
 * Java code use is defined, every key defined is used, and no template shows text of its own
 * (visible text, alt, title, aria-label, placeholder) except the fallback text of an element
 * whose text Thymeleaf replaces. Keys built at run time ({@code #{${'phase.' + p}}},
 * {@code "intake.error." + field}) are declared in {@link #DYNAMIC} with every key they can
 * build, so that both checks see them.
 */
class MessagesTest {

	static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JAVA = Path.of("src/main/java/com/postpartum/backcare");

	/** Content files' field names ("dosage.sets") look like keys but never are. */
	static final List<Path> NOT_MESSAGES = List.of(JAVA.resolve("content"), JAVA.resolve("catalogue/content"));

	static final List<String> INTAKE_QUESTIONS = List.of("weeksSinceBirth", "delivery", "epiduralOrSpinal",
			"clearedForExercise", "breastfeeding", "painNow", "painWorstLastWeek", "painTrend", "painWeeks", "painAreas",
			"abdominalSeparation", "leakage", "pelvicHeaviness");

	/** The fields the intake form's shared fragments label, with a hint each (fragments/fields.html). */
	static final List<String> INTAKE_FRAGMENT_FIELDS = List.of("weeksSinceBirth", "delivery", "epiduralOrSpinal",
			"clearedForExercise", "breastfeeding", "painTrend", "painWeeks", "painAreas", "abdominalSeparation", "leakage",
			"pelvicHeaviness");

	static final Map<String, Class<? extends Enum<?>>> INTAKE_CHOICES = Map.of("delivery", Intake.Delivery.class,
			"clearedForExercise", Intake.Clearance.class, "painTrend", Intake.PainTrend.class, "painAreas",
			Intake.PainArea.class, "abdominalSeparation", Intake.Separation.class, "leakage", Intake.Leakage.class);

	/** What a filter rules an exercise out for (docs/clinical-rules.md), and a swap. */
	static final List<String> EXCLUSIONS = List.of(FlagCode.NOT_CLEARED.name(), FlagCode.TOLD_TO_WAIT.name(),
			FlagCode.DIASTASIS.name(), FlagCode.RECENT_CESAREAN.name(), FlagCode.PELVIC_FLOOR_SYMPTOMS.name(),
			FlagCode.PELVIC_GIRDLE_PAIN.name(), FlagCode.HIGH_PAIN.name(), TriageRules.SWAPPED);

	/**
	 * Every key built at run time, by the shape of the expression that builds it ('*' for each
	 * part not written literally), with all the keys it can build. A shape that builds keys
	 * chosen elsewhere (a key passed in from Java) builds none here: the Java side names them.
	 */
	static final Map<String, Set<String>> DYNAMIC = new TreeMap<>(Map.ofEntries(
			// Templates; "*" is a key chosen in Java (form errors, skip advice) and named there.
			Map.entry("*", Set.of()),
			// fields.html's select fragments: prefix + '.' + option.
			Map.entry("*.*", union(codes("category", Category.class), codes("position", Position.class),
					codes("equipment", Equipment.class), numbered("phase", 3), numbered("difficulty", 3))),
			Map.entry("category.*", codes("category", Category.class)),
			Map.entry("position.*", codes("position", Position.class)),
			Map.entry("equipment.*", codes("equipment", Equipment.class)),
			Map.entry("difficulty.*", numbered("difficulty", 3)), Map.entry("phase.*", numbered("phase", 3)),
			Map.entry("timeOfDay.*", codes("timeOfDay", TimeOfDay.class)),
			Map.entry("origin.*", codes("origin", Origin.class)),
			// account.html's reminder days, Monday first.
			Map.entry("reminders.day.*", keys("reminders.day",
					java.util.Arrays.stream(java.time.DayOfWeek.values()).map(Enum::name).toArray(String[]::new))),
			Map.entry("figure.base.*", keys("figure.base",
					java.util.Arrays.stream(com.postpartum.backcare.figure.Base.values())
						.map(com.postpartum.backcare.figure.Base::code).toArray(String[]::new))),
			Map.entry("figure.view.*", keys("figure.view", "behind", "feet")),
			// Java: account.ZoneNames names the region of each listed time zone.
			Map.entry("zone.region.*", keys("zone.region", "Africa", "America", "Antarctica", "Asia", "Atlantic",
					"Australia", "Europe", "Indian", "Pacific")),
			Map.entry("zone.city.*", keys("zone.city", com.postpartum.backcare.account.ZoneNames.NAMED_CITIES.toArray(String[]::new))),
			Map.entry("exercise.steps.*", codes("exercise.steps", Origin.class)),
			Map.entry("exercises.filter.*",
					keys("exercises.filter", "q", "category", "position", "phase", "difficulty", "equipment")),
			Map.entry("level.*", levels("level.", "")), Map.entry("assessment.title.*", levels("assessment.title.", "")),
			Map.entry("assessment.*.heading", levels("assessment.", ".heading")),
			Map.entry("assessment.*.lead", levels("assessment.", ".lead")),
			Map.entry("assessment.*.step1", urgentLevels(".step1")),
			Map.entry("assessment.*.step2", urgentLevels(".step2")),
			Map.entry("assessment.*.step3", urgentLevels(".step3")),
			Map.entry("assessment.excluded.why.*", keys("assessment.excluded.why", EXCLUSIONS.toArray(String[]::new))),
			// An exercise page's skip advice: one line per flag whose filter rules the exercise out.
			Map.entry("skip.*",
					keys("skip", EXCLUSIONS.stream().filter(code -> !code.equals(TriageRules.SWAPPED)).toArray(String[]::new))),
			// Java: FhirExport's Questionnaire item for each question, the red-flag questions included.
			Map.entry("fhir.questionnaire.item.*",
					union(keys("fhir.questionnaire.item", INTAKE_QUESTIONS.toArray(String[]::new)),
							keys("fhir.questionnaire.item", "redFlags"))),
			// Java: mail.LetterWriter builds mail.<letter>.subject and mail.<letter>.lineN for every letter.
			Map.entry("mail.*",
					union(letter("reset"), letter("confirmEmail"), letter("emailChangeAsked"), letter("emailChanged"))),
			// link-invalid.html: the words for each kind of mailed link.
			Map.entry("*.invalid.used", linkKinds("invalid.used")),
			Map.entry("*.invalid.expired", linkKinds("invalid.expired")),
			Map.entry("*.invalid.unknown", linkKinds("invalid.unknown")),
			Map.entry("*.invalid.again", linkKinds("invalid.again")),
			Map.entry("error.*.title", keys("error", "404.title", "4xx.title", "5xx.title")),
			Map.entry("error.*.heading", keys("error", "404.heading", "4xx.heading", "5xx.heading")),
			Map.entry("error.*.text", keys("error", "404.text", "4xx.text", "5xx.text")),
			Map.entry("intake.*", keys("intake", INTAKE_FRAGMENT_FIELDS.toArray(String[]::new))),
			Map.entry("intake.*.hint", suffixed(keys("intake", INTAKE_FRAGMENT_FIELDS.toArray(String[]::new)), ".hint")),
			Map.entry("intake.*.*", intakeChoices()), Map.entry("review.*", names("review", ReviewCause.class)),
			Map.entry("today.swap.*",
					union(names("today.swap", SwapReason.class), names("today.swap", TriageRules.Outcome.class))),
			// Java: IntakeForm's error for each question, the red-flag questions included.
			Map.entry("intake.error.*", union(keys("intake.error", INTAKE_QUESTIONS.toArray(String[]::new)),
					keys("intake.error", "redFlags")))));

	static Map<String, Integer> definedKeys;

	static Set<String> staticKeys;

	static Map<String, Set<String>> dynamicShapes;

	@BeforeAll
	static void readEverything() throws IOException {
		definedKeys = definedKeys();
		Set<String> namespaces = new HashSet<>();
		definedKeys.keySet().forEach(key -> namespaces.add(key.substring(0, key.indexOf('.') + 1)));
		staticKeys = new TreeSet<>();
		dynamicShapes = new TreeMap<>();
		for (Path template : files(TEMPLATES, ".html")) {
			readTemplate(template);
		}
		for (Path source : files(JAVA, ".java")) {
			if (NOT_MESSAGES.stream().noneMatch(source::startsWith)) {
				readJava(source, namespaces);
			}
		}
	}

	/** "hold 1 seconds" reads wrong: a count goes through the choice format ({0,choice,1#1 second|1<{0} seconds}). */
	@Test
	void aCountOfOneReadsInTheSingular() throws IOException {
		Properties messages = new Properties();
		try (var reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		Pattern pluralAfterOne = Pattern.compile("\\b1 (seconds|minutes|sets|repetitions|reps|times|weeks|days|sessions"
				+ "|problems|exercises)\\b");
		Object[] ones = { 1, 1, 1, 1, 1 };
		List<String> wrong = new ArrayList<>();
		for (String key : new TreeSet<>(messages.stringPropertyNames())) {
			String pattern = messages.getProperty(key);
			if (pattern.contains("{0")) {
				String text = new MessageFormat(pattern, Locale.ENGLISH).format(ones);
				if (pluralAfterOne.matcher(text).find()) {
					wrong.add(key + " = " + text);
				}
			}
		}
		assertThat(wrong).as("counts of one in the plural").isEmpty();
	}

	@Test
	void everyKeyIsDefinedOnce() {
		List<String> twice = definedKeys.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
		assertThat(twice).as("keys defined more than once in %s", MESSAGES).isEmpty();
	}

	@Test
	void everyKeyBuiltAtRunTimeIsDeclared() {
		Set<String> undeclared = new TreeSet<>(dynamicShapes.keySet());
		undeclared.removeAll(DYNAMIC.keySet());
		assertThat(undeclared).as("keys built at run time (where: %s): declare every key each can build in DYNAMIC",
				dynamicShapes)
			.isEmpty();
		Set<String> stale = new TreeSet<>(DYNAMIC.keySet());
		stale.removeAll(dynamicShapes.keySet());
		assertThat(stale).as("declared in DYNAMIC but no longer built anywhere").isEmpty();
	}

	@Test
	void everyKeyUsedIsDefined() {
		Map<String, String> missing = new TreeMap<>();
		staticKeys.stream().filter(key -> !definedKeys.containsKey(key)).forEach(key -> missing.put(key, "used as is"));
		DYNAMIC.forEach((shape, keys) -> keys.stream()
			.filter(key -> !definedKeys.containsKey(key))
			.forEach(key -> missing.put(key, "built by " + shape)));
		assertThat(missing).as("keys used but missing from %s", MESSAGES).isEmpty();
	}

	@Test
	void everyKeyDefinedIsUsed() {
		Set<String> unused = new TreeSet<>(definedKeys.keySet());
		unused.removeAll(staticKeys);
		DYNAMIC.values().forEach(unused::removeAll);
		assertThat(unused).as("keys in %s that no template or Java code uses", MESSAGES).isEmpty();
	}

	@Test
	void noTemplateShowsTextOfItsOwn() throws IOException {
		List<String> bypassing = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			bypassing.addAll(textOfItsOwn(TEMPLATES.relativize(template).toString(), Files.readString(template)));
		}
		assertThat(bypassing).as("text in templates that does not come from messages.properties").isEmpty();
	}

	// --- Keys ------------------------------------------------------------------------------------

	private static final Pattern DEFINITION = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]");

	private static Map<String, Integer> definedKeys() throws IOException {
		Map<String, Integer> keys = new TreeMap<>();
		for (String line : Files.readAllLines(MESSAGES, StandardCharsets.UTF_8)) {
			Matcher definition = DEFINITION.matcher(line);
			if (definition.find()) {
				keys.merge(definition.group(1), 1, Integer::sum);
			}
		}
		return keys;
	}

	/** #{key}, #{key(...)}, #messages.msg('key', ...); #{${expression}} and #messages.msg(expression) build keys. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)");

	private static final Pattern TEMPLATE_BUILT_KEY = Pattern.compile("#\\{\\$\\{([^}]*)}|#messages\\.msg\\w*\\(");

	private static void readTemplate(Path template) throws IOException {
		String text = Files.readString(template);
		Matcher key = TEMPLATE_KEY.matcher(text);
		while (key.find()) {
			staticKeys.add(key.group(1));
		}
		Matcher built = TEMPLATE_BUILT_KEY.matcher(text);
		while (built.find()) {
			String expression = built.group(1) != null ? built.group(1) : firstArgument(text, built.end());
			String shape = shape(expression);
			if (shape.contains("*")) {
				dynamicShapes.computeIfAbsent(shape, s -> new TreeSet<>()).add(TEMPLATES.relativize(template).toString());
			}
			else {
				staticKeys.add(shape);
			}
		}
	}

	private static String firstArgument(String text, int from) {
		int depth = 0;
		boolean quoted = false;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '(') {
				depth++;
			}
			else if (!quoted && (c == ')' || c == ',') && depth == 0) {
				return text.substring(from, i);
			}
			else if (!quoted && c == ')') {
				depth--;
			}
		}
		throw new IllegalStateException("unclosed #messages call at " + from);
	}

	/** 'phase.' + p → phase.*; form.errorKey(name) → *. */
	private static String shape(String expression) {
		StringBuilder shape = new StringBuilder();
		for (String part : expression.split("\\+")) {
			String operand = part.strip();
			if (operand.length() >= 2 && operand.startsWith("'") && operand.endsWith("'")) {
				shape.append(operand, 1, operand.length() - 1);
			}
			else if (shape.isEmpty() || shape.charAt(shape.length() - 1) != '*') {
				shape.append('*');
			}
		}
		return shape.toString();
	}

	private static final Pattern JAVA_LITERAL = Pattern
		.compile("\"([a-z][A-Za-z0-9]*(?:(?:\\.[A-Za-z0-9_]+)+\\.?|\\.))\"");

	private static void readJava(Path source, Set<String> namespaces) throws IOException {
		// Property prefixes ("app.mail") look like keys but never are.
		String code = Files.readString(source).replaceAll("@ConfigurationProperties\\([^)]*\\)", "");
		Matcher literal = JAVA_LITERAL.matcher(code);
		while (literal.find()) {
			String text = literal.group(1);
			if (!namespaces.contains(text.substring(0, text.indexOf('.') + 1))) {
				continue;
			}
			if (text.endsWith(".")) {
				dynamicShapes.computeIfAbsent(text + "*", s -> new TreeSet<>()).add(JAVA.relativize(source).toString());
			}
			else {
				staticKeys.add(text);
			}
		}
	}

	// --- Text of its own -------------------------------------------------------------------------

	static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
			"source", "track", "wbr");

	/** Attributes a person reads or hears; th:attr, th:<name> or th:alt-title may set them instead. */
	static final Set<String> READ_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder");

	/**
	 * Whether Thymeleaf replaces the element's content (th:text, th:utext) or the element itself
	 * (th:replace, th:insert, th:remove): then its text is only a natural-template fallback. A
	 * page that hands its own parts to the layout (~{::main}) keeps them.
	 */
	static boolean replaces(Map<String, String> attributes) {
		return attributes.containsKey("th:text") || attributes.containsKey("th:utext")
				|| Set.of("all", "body").contains(attributes.getOrDefault("th:remove", ""))
				|| Stream.of("th:replace", "th:insert")
					.anyMatch(name -> attributes.containsKey(name) && !attributes.get(name).contains("~{::"));
	}

	private static final Pattern TAG = Pattern.compile(
			"<!--.*?-->|<!DOCTYPE[^>]*>|<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*(/?)>",
			Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern
		.compile("([^\\s=>/]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private record Element(String name, boolean replaced) {
	}

	static List<String> textOfItsOwn(String name, String html) {
		List<String> found = new ArrayList<>();
		Deque<Element> open = new ArrayDeque<>();
		Matcher tag = TAG.matcher(html);
		int textFrom = 0;
		while (tag.find()) {
			String text = html.substring(textFrom, tag.start());
			textFrom = tag.end();
			boolean replaced = !open.isEmpty() && open.peek().replaced();
			boolean script = !open.isEmpty() && Set.of("script", "style").contains(open.peek().name());
			if (!replaced && !script && LETTER.matcher(text.replaceAll("&#?\\w+;", " ")).find()) {
				found.add(name + ": text '" + text.strip() + "'");
			}
			if (tag.group(2) == null) {
				continue;
			}
			String element = tag.group(2).toLowerCase(Locale.ROOT);
			if (!tag.group(1).isEmpty()) {
				while (!open.isEmpty() && !open.pop().name().equals(element)) {
					// an element closed implicitly
				}
				continue;
			}
			Map<String, String> attributes = attributes(tag.group(3));
			for (String read : READ_ATTRIBUTES) {
				String value = attributes.get(read);
				boolean setByThymeleaf = attributes.containsKey("th:" + read)
						|| attributes.getOrDefault("th:attr", "").matches("(?s).*(^|[\\s,])" + read + "\\s*=.*");
				if (value != null && LETTER.matcher(value).find() && !setByThymeleaf && !replaced) {
					found.add(name + ": " + element + " " + read + "='" + value + "'");
				}
			}
			boolean selfClosed = !tag.group(4).isEmpty() || VOID.contains(element);
			if (!selfClosed) {
				open.push(new Element(element, replaced || replaces(attributes)));
			}
		}
		return found;
	}

	private static Map<String, String> attributes(String text) {
		Map<String, String> attributes = new TreeMap<>();
		Matcher attribute = ATTRIBUTE.matcher(text);
		while (attribute.find()) {
			String value = Stream.of(attribute.group(2), attribute.group(3), attribute.group(4))
				.filter(v -> v != null)
				.findFirst()
				.orElse("");
			attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), value);
		}
		return attributes;
	}

	// --- Helpers ---------------------------------------------------------------------------------

	private static List<Path> files(Path folder, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
		}
	}

	/** One message for each kind of mailed link (account.InvalidLinkPage). */
	private static Set<String> linkKinds(String part) {
		return union(keys("reset", part), keys("confirmEmail", part));
	}

	/** A letter's subject and its three lines. */
	private static Set<String> letter(String name) {
		return keys("mail", name + ".subject", name + ".line1", name + ".line2", name + ".line3");
	}

	private static Set<String> keys(String prefix, String... parts) {
		Set<String> keys = new LinkedHashSet<>();
		Arrays.stream(parts).forEach(part -> keys.add(prefix + "." + part));
		return keys;
	}

	private static <E extends Enum<E> & CodedEnum> Set<String> codes(String prefix, Class<E> type) {
		return keys(prefix, Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).toArray(String[]::new));
	}

	private static Set<String> names(String prefix, Class<? extends Enum<?>> type) {
		return names(prefix, type, "");
	}

	private static Set<String> names(String prefix, Class<? extends Enum<?>> type, String suffix) {
		return suffixed(keys(prefix, Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new)),
				suffix);
	}

	private static Set<String> numbered(String prefix, int to) {
		Set<String> keys = new LinkedHashSet<>();
		for (int n = 1; n <= to; n++) {
			keys.add(prefix + "." + n);
		}
		return keys;
	}

	private static Set<String> suffixed(Set<String> keys, String suffix) {
		Set<String> suffixed = new LinkedHashSet<>();
		keys.forEach(key -> suffixed.add(key + suffix));
		return suffixed;
	}

	/** An assessment's levels: ADVICE is only ever a flag's. */
	private static Set<String> levels(String prefix, String suffix) {
		Set<String> keys = new LinkedHashSet<>();
		Arrays.stream(Level.values())
			.filter(level -> level != Level.ADVICE)
			.forEach(level -> keys.add(prefix + level.name() + suffix));
		return keys;
	}

	/** Only EMERGENCY and URGENT pages list steps (assessment/assessment.html). */
	private static Set<String> urgentLevels(String suffix) {
		return suffixed(keys("assessment", Level.EMERGENCY.name(), Level.URGENT.name()), suffix);
	}

	private static Set<String> intakeChoices() {
		Set<String> keys = new TreeSet<>();
		INTAKE_CHOICES.forEach((field, type) -> keys.addAll(names("intake." + field, type)));
		return keys;
	}

	@SafeVarargs
	private static Set<String> union(Set<String>... sets) {
		Set<String> all = new TreeSet<>();
		Arrays.stream(sets).forEach(all::addAll);
		return all;
	}

}
