package com.postpartum.backcare.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.postpartum.backcare.assessment.FlagCode;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every mention of a red-flag symptom, anywhere a mother reads it, tells her how soon to act,
 * in the words of that symptom's level (docs/clinical-rules.md, docs/content-guide.md "Red-flag
 * words"). A sentence or list item that names numbness around the groin must say "call the
 * emergency number now", not "get help the same day" or only "stop the exercise".
 *
 * <p>
 * The unit checked is the sentence (prose), the whole list item (YAML lists, Markdown bullets),
 * and for a Markdown bullet also the heading of the section it sits under. A flag file may
 * describe its own symptom across its advice: that is enough when the advice carries the level's
 * words and the flag's level is at least as serious as the symptom's.
 */
class RedFlagWordingTest {

	/** The levels a symptom can need, most serious first. */
	enum Need {

		EMERGENCY("call the emergency number now (or go to an emergency department)"),
		URGENT("contact your doctor, midwife or urgent care today"),
		CLINICIAN_REVIEW("book an appointment");

		final String words;

		Need(String words) {
			this.words = words;
		}

	}

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** Symptom words, by the level they need. Kept narrow so an ordinary cue does not trip them. */
	static final Map<Need, List<String>> SYMPTOMS = new LinkedHashMap<>();

	static {
		SYMPTOMS.put(Need.EMERGENCY, List.of(
				// cauda equina: saddle area, both legs, weak legs, bladder and bowel
				"\\bsaddle\\b",
				"numb\\w*[^.;]{0,60}\\b(groin|genitals|back passage|inner thighs?|bottom|down below)",
				"\\b(groin|genitals|inner thighs?)\\b[^.;]{0,30}\\bnumb",
				"\\b(lose|lost|loss of|losing) (the )?(feeling|sensation)\\b",
				"\\b(pain|numb\\w*|tingl\\w*|weak\\w*|symptoms)\\b[^.;]{0,50}\\bboth legs\\b",
				"\\bboth legs\\b[^.;]{0,25}\\b(hurt\\w*|numb\\w*|weak\\w*|tingl\\w*|affected)",
				"\\b(down|into) your legs\\b",
				"\\blegs? (are |is )?(getting|growing|becom\\w*|gets?|feels?|feeling)( \\w+)? weak",
				"\\bweak (or numb )?legs?\\b", "\\bweakness in (your |a |one |both )?legs?\\b",
				"\\bfoot (that )?drags\\b", "\\bdrags or catches\\b",
				"\\b(loss of|lose|lost|losing) (control of )?(your )?(bladder|bowels?)\\b",
				"\\b(bladder|bowel) (or (bladder|bowel) )?(control|changes)\\b",
				"\\b(cannot|can't|unable to|trouble|not able to|not) pass(ing)? urine\\b",
				"\\bleak\\w*( urine)? without (knowing|feeling|warning)",
				// worsening leaking is its own emergency flag (WORSENING_INCONTINENCE)
				"\\bleak\\w*[^.;]{0,40}\\b(get|gets|getting|got) worse\\b", "\\bworse\\w* leak",
				"\\bleak\\w*[^.;]{0,30}\\bout of your control\\b",
				// chest, breath, bleeding, blood pressure, mind, sepsis
				"\\bchest pain\\b", "\\bpain[^.;]{0,30}\\b(in|to) your chest\\b",
				"\\bshort(ness)? of breath\\b", "\\bbreathless\\w*", "\\b(very fast|rapid) breathing\\b",
				"\\bsoak\\w* (through )?a pad\\b", "\\b(large|big) clots\\b", "\\bheavy bleeding\\b",
				"\\bblurred vision\\b", "\\bflashing lights\\b", "\\bchanges? (in|to) (your )?vision\\b",
				"\\bthoughts of harm\\w*", "\\bharm(ing)? yourself\\b",
				"\\bmottled\\b", "\\bbluish\\b", "\\bvery drowsy\\b"));
		SYMPTOMS.put(Need.URGENT, List.of(
				"\\bfever\\w*", "\\b38 ?°C", "\\b100\\.4\\b", "\\bhigh temperature\\b", "\\bshiver\\w*",
				"\\bfeel(ing|s)? very unwell\\b",
				"\\bheadache\\b[^.;]{0,80}\\b(lie|lying) (down|flat)\\b",
				"\\bcalf\\b[^.;]{0,40}\\b(swollen|swelling|red|warm|hot|painful)\\b",
				"\\b(swollen|swelling|red|redness|warm|warmth|hot|painful)\\b[^.;]{0,40}\\b(calf|calves|one leg|a leg)\\b",
				"\\b(wound|scar|cut|epidural site)\\b[^.;]{0,60}\\b(red|redness|swollen|swelling|hot|ooz\\w*|opening|opens|open|pus|smell\\w*)\\b",
				"\\b(red|swollen|hot|oozing|ooze)\\b[^.;]{0,40}\\b(wound|scar)\\b", "\\binfection\\b",
				"\\bbleeding[^.;]{0,25}\\bheavier\\b",
				"\\bnight pain\\b", "\\b(worse|worst) at night\\b", "\\b(awake|up) at night\\b",
				"\\b(does not|doesn't|won't|will not) ease with rest\\b", "\\brest (does not|doesn't) ease\\b",
				"\\bsevere (back )?pain\\b", "\\bpain (becomes|is|gets|that is) severe\\b",
				"\\bafter a fall\\b", "\\bfall or (an )?injury\\b", "\\b(history of|had) cancer\\b",
				"\\bsudden\\w*,? (severe |strong )?(pain in (the |your )?)?(mid|middle|upper)\\b"));
		SYMPTOMS.put(Need.CLINICIAN_REVIEW, List.of(
				"\\b(pain\\w*|ache\\w*|sciatica|shoot\\w*|travel\\w*|spread\\w*|runs?|numb\\w*|tingl\\w*)\\b[^.;]{0,30}\\b(down|into) (a|one|your) leg\\b",
				"\\b(not|isn't|is not) (improving|getting better|easing)\\b[^.;]{0,30}\\b(6|six) (to 8 )?weeks\\b",
				"\\b(beyond|over|more than|longer than) (6|six) months\\b",
				"\\b(6|six) months or (more|longer)\\b"));
	}

	private static final Map<Need, List<Pattern>> PATTERNS = SYMPTOMS.entrySet()
		.stream()
		.collect(Collectors.toMap(Map.Entry::getKey,
				e -> e.getValue().stream().map(p -> Pattern.compile(p, FLAGS)).toList(), (a, b) -> a,
				LinkedHashMap::new));

	private static final Pattern EMERGENCY_WORDS = Pattern
		.compile("emergency number|emergency department|\\b999\\b|\\b911\\b|\\b112\\b", FLAGS);

	private static final Pattern TODAY_WORDS = Pattern.compile("\\btoday\\b|same day|within a few hours", FLAGS);

	private static final Pattern CONTACT_WORDS = Pattern
		.compile("doctor|midwife|urgent care|\\bGP\\b|\\b111\\b|anaesthetic team|cancer team|maternity", FLAGS);

	private static final Pattern BOOK_WORDS = Pattern.compile("\\bbook\\b|appointment", FLAGS);

	/** YAML keys whose values are references or titles, not words a mother reads as advice. */
	private static final Set<String> SKIPPED_KEYS = Set.of("sources", "related", "slug", "code", "category",
			"position", "equipment", "regression", "progression", "timeOfDay");

	private static final ObjectMapper YAML = YAMLMapper.builder().build();

	/** One piece of text to check, with the text its action words may sit in. */
	record Unit(String file, String text, String scope, Need ownLevel, String ownScope) {

		static Unit of(String file, String text, String scope) {
			return new Unit(file, text, scope, null, "");
		}

	}

	record Miss(String file, String text, Need needs) {

		@Override
		public String toString() {
			return file + ": \"" + text + "\" names a sign of level " + needs + ", so it must say: " + needs.words;
		}

	}

	// ----- the check on the real content -----

	@Test
	void everyRedFlagMentionSaysHowSoonToAct() throws IOException {
		List<Unit> units = new ArrayList<>();
		units.addAll(contentUnits(Path.of("content")));
		units.addAll(intakeHintUnits(Path.of("src/main/resources/messages.properties")));
		assertThat(units).as("the content folder was read").hasSizeGreaterThan(200);

		List<Miss> misses = check(units);

		assertThat(misses).withFailMessage(() -> misses.size()
				+ " red-flag sign(s) without their level's words (see docs/content-guide.md, \"Red-flag words\"):\n"
				+ misses.stream().map(Miss::toString).collect(Collectors.joining("\n")))
			.isEmpty();
	}

	// ----- the checker catches what it should -----

	@Test
	void plantedUnderTriageIsCaught() {
		List<Unit> units = List.of(
				Unit.of("flags/x.yml", "If you notice numbness around your groin, get help the same day.",
						"If you notice numbness around your groin, get help the same day."),
				Unit.of("exercises/x.yml", "Numbness around your groin or inner thighs.",
						"Numbness around your groin or inner thighs."),
				Unit.of("learn/x.md", "Pain spreading down both legs", "Pain spreading down both legs\n## Book an appointment"),
				Unit.of("learn/x.md", "A fever of 38 °C or more", "A fever of 38 °C or more\n## Book an appointment"),
				Unit.of("messages.properties", "Leaking that is getting worse needs a doctor quickly.",
						"Leaking that is getting worse needs a doctor quickly."),
				Unit.of("flags/y.yml", "Get help sooner if it spreads down one leg.",
						"Get help sooner if it spreads down one leg."));

		List<Miss> misses = check(units);

		assertThat(misses).extracting(Miss::needs)
			.containsExactly(Need.EMERGENCY, Need.EMERGENCY, Need.EMERGENCY, Need.URGENT, Need.EMERGENCY,
					Need.CLINICIAN_REVIEW);
		assertThat(misses.get(0).toString()).contains("flags/x.yml", "numbness around your groin", "EMERGENCY",
				"emergency number");
	}

	@Test
	void wordsOfTheRightLevelPass() {
		List<Unit> units = new ArrayList<>();
		for (String text : List.of(
				"Numbness around your groin or inner thighs: stop and call the emergency number now.",
				"A temperature of 38 °C or more: contact your doctor or midwife today.",
				"One calf that is swollen, red or warm: call your midwife or doctor today, within a few hours.",
				"Pain down one leg: book an appointment with your doctor.",
				"Numbness in both legs: call 999 now.")) {
			units.add(Unit.of("x", text, text));
		}
		units.add(Unit.of("learn/x.md", "Chest pain, or sudden shortness of breath",
				"Chest pain, or sudden shortness of breath\n## Call your emergency number now"));
		units.add(new Unit("flags/saddle-numbness.yml", "Numbness in the area a saddle would touch is serious.",
				"Numbness in the area a saddle would touch is serious.", Need.EMERGENCY,
				"Please stop and call the emergency number now."));
		units.add(Unit.of("x", "Sit tall with your feet flat on the floor.", "Sit tall with your feet flat."));

		assertThat(check(units)).isEmpty();
	}

	@Test
	void aLowerLevelsWordsDoNotCoverAHigherLevelsSign() {
		String text = "Weak legs or bladder changes: contact your doctor today.";
		assertThat(check(List.of(Unit.of("x", text, text)))).extracting(Miss::needs).containsOnly(Need.EMERGENCY);
		String own = "Pain down one leg can mean numbness around your genitals later.";
		assertThat(check(List.of(new Unit("flags/radiating-pain.yml", own, own, Need.CLINICIAN_REVIEW,
				"book an appointment")))).extracting(Miss::needs).containsOnly(Need.EMERGENCY);
	}

	// ----- the checker -----

	static List<Miss> check(List<Unit> units) {
		List<Miss> misses = new ArrayList<>();
		for (Unit unit : units) {
			for (Need need : Need.values()) {
				if (mentions(unit.text(), need) && !satisfies(unit.scope(), need)
						&& !(unit.ownLevel() != null && unit.ownLevel().ordinal() <= need.ordinal()
								&& satisfies(unit.ownScope(), need))) {
					misses.add(new Miss(unit.file(), unit.text().strip(), need));
					break; // the most serious level it needs is the one to report
				}
			}
		}
		return misses;
	}

	static boolean mentions(String text, Need need) {
		return PATTERNS.get(need).stream().anyMatch(p -> p.matcher(text).find());
	}

	/** Words of this level, or of a more serious one, in the text. */
	static boolean satisfies(String text, Need need) {
		boolean emergency = EMERGENCY_WORDS.matcher(text).find();
		boolean urgent = TODAY_WORDS.matcher(text).find() && CONTACT_WORDS.matcher(text).find();
		return switch (need) {
			case EMERGENCY -> emergency;
			case URGENT -> emergency || urgent;
			case CLINICIAN_REVIEW -> emergency || urgent || BOOK_WORDS.matcher(text).find();
		};
	}

	// ----- reading the files -----

	static List<Unit> contentUnits(Path content) throws IOException {
		List<Unit> units = new ArrayList<>();
		try (Stream<Path> files = Files.walk(content)) {
			for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = content.relativize(path).toString().replace('\\', '/');
				String text = Files.readString(path, StandardCharsets.UTF_8);
				// Translations carry their English twin's level word for word: SpanishSafetyWordingTest.
				if (name.equals("sources.yml") || name.startsWith("es/")) {
					continue;
				}
				if (name.endsWith(".yml")) {
					units.addAll(yamlUnits(name, text));
				}
				else if (name.endsWith(".md")) {
					units.addAll(markdownUnits(name, text));
				}
			}
		}
		return units;
	}

	static List<Unit> yamlUnits(String file, String text) {
		Object tree = YAML.readValue(text, Object.class);
		Need own = null;
		String ownScope = "";
		if (file.startsWith("flags/") && tree instanceof Map<?, ?> map && map.get("code") instanceof String code) {
			own = levelOf(code);
			ownScope = String.valueOf(map.get("advice"));
		}
		List<Unit> units = new ArrayList<>();
		walk(file, tree, false, own, ownScope, units);
		return units;
	}

	private static void walk(String file, Object node, boolean listItem, Need own, String ownScope,
			List<Unit> units) {
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				if (!SKIPPED_KEYS.contains(String.valueOf(key))) {
					walk(file, value, false, own, ownScope, units);
				}
			});
		}
		else if (node instanceof List<?> list) {
			list.forEach(item -> walk(file, item, true, own, ownScope, units));
		}
		else if (node instanceof String string) {
			for (String sentence : sentences(string)) {
				units.add(new Unit(file, sentence, listItem ? string : sentence, own, ownScope));
			}
		}
	}

	/** Prose: one unit per sentence. Bullets: the whole bullet, plus the heading it sits under. */
	static List<Unit> markdownUnits(String file, String text) {
		List<Unit> units = new ArrayList<>();
		String body = text;
		if (text.startsWith("---")) {
			int end = text.indexOf("\n---", 3);
			units.addAll(yamlUnits(file, text.substring(3, end)));
			body = text.substring(text.indexOf('\n', end + 1) + 1);
		}
		String heading = "";
		for (String line : body.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("#")) {
				heading = trimmed;
				units.addAll(sentences(trimmed).stream().map(s -> Unit.of(file, s, s)).toList());
			}
			else if (trimmed.matches("([-*]|\\d+\\.) .*")) {
				String item = trimmed.replaceFirst("([-*]|\\d+\\.) ", "");
				for (String sentence : sentences(item)) {
					units.add(Unit.of(file, sentence, item + "\n" + heading));
				}
			}
			else if (!trimmed.isEmpty()) {
				units.addAll(sentences(trimmed).stream().map(s -> Unit.of(file, s, s)).toList());
			}
		}
		return units;
	}

	/** The hints under the intake questions (messages.properties intake.*.hint). */
	static List<Unit> intakeHintUnits(Path messages) throws IOException {
		List<Unit> units = new ArrayList<>();
		for (String line : Files.readAllLines(messages, StandardCharsets.UTF_8)) {
			int eq = line.indexOf('=');
			if (line.startsWith("intake.") && eq > 0 && line.substring(0, eq).strip().endsWith(".hint")) {
				String value = line.substring(eq + 1);
				for (String sentence : sentences(value)) {
					units.add(Unit.of("messages.properties " + line.substring(0, eq).strip(), sentence, sentence));
				}
			}
		}
		return units;
	}

	static List<String> sentences(String text) {
		return Arrays.stream(text.split("(?<=[.!?])\\s+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static Need levelOf(String code) {
		try {
			String level = FlagCode.valueOf(code).level().name();
			return Arrays.stream(Need.values()).filter(n -> n.name().equals(level)).findFirst().orElse(null);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

}
