package com.postpartum.backcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.postpartum.backcare.assessment.Intake.Leakage;
import com.postpartum.backcare.assessment.Intake.Separation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every kind of bad answer is named by its field; good answers get docs/clinical-rules.md's defaults. */
class IntakeParserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String VALID = """
			{"weeksSinceBirth": 10, "delivery": "VAGINAL", "clearedForExercise": "YES", "painNow": 3,
			 "painTrend": "SAME"}""";

	@Test
	void theRequiredAnswersAloneMakeAnIntakeWithDefaults() {
		IntakeParser.Result result = IntakeParser.parse(json(VALID));
		assertThat(result.problems()).isEmpty();
		Intake intake = result.intake();
		assertThat(intake.abdominalSeparation()).isEqualTo(Separation.UNSURE);
		assertThat(intake.leakage()).isEqualTo(Leakage.NONE);
		assertThat(intake.breastfeeding()).isFalse();
		assertThat(intake.painAreas()).isEmpty();
		assertThat(intake.redFlags()).isEmpty();
		assertThat(intake.painWeeks()).isNull();
	}

	@Test
	void everyMissingRequiredFieldIsNamed() {
		assertThat(fields("{}")).containsExactlyInAnyOrder("weeksSinceBirth", "delivery", "clearedForExercise",
				"painNow", "painTrend");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = { "weeksSinceBirth | -1", "weeksSinceBirth | 521", "weeksSinceBirth | 2.5",
			"weeksSinceBirth | \"10\"", "painNow | 11", "painNow | -1", "painWorstLastWeek | 12", "painWeeks | 600",
			"painNow | 99999999999", "delivery | \"AT_HOME\"", "delivery | 3", "painTrend | \"worse\"",
			"breastfeeding | \"yes\"", "pelvicHeaviness | 1", "painAreas | \"LOW_BACK\"",
			"abdominalSeparation | \"HUGE\"", "leakage | null2" })
	void aWrongValueIsNamed(String field, String value) {
		String body = VALID.substring(0, VALID.length() - 1) + ", \"" + field + "\": " + value + "}";
		if (value.equals("null2")) {
			body = VALID.substring(0, VALID.length() - 1) + ", \"" + field + "\": [\"NONE\"]}";
		}
		assertThat(fields(body)).contains(field);
	}

	@Test
	void badItemsOfAListAreNamedByPosition() {
		String body = VALID.replace("}", ", \"painAreas\": [\"LOW_BACK\", \"KNEE\"], \"redFlags\": [\"FEVER\", \"SEVERE_PAIN\", 7]}");
		assertThat(fields(body)).containsExactlyInAnyOrder("painAreas[1]", "redFlags[1]", "redFlags[2]");
	}

	@Test
	void unknownFieldsAreNamed() {
		assertThat(fields(VALID.replace("}", ", \"mood\": \"tired\"}"))).containsExactly("mood");
	}

	@Test
	void aBodyThatIsNotAnObjectIsRefused() {
		assertThat(fields("[1, 2]")).containsExactly("(body)");
	}

	@Test
	void nullMeansNotGiven() {
		IntakeParser.Result result = IntakeParser.parse(json(VALID.replace("}", ", \"painWeeks\": null, \"leakage\": null}")));
		assertThat(result.problems()).isEmpty();
		assertThat(result.intake().leakage()).isEqualTo(Leakage.NONE);
	}

	@Test
	void theFormSendsTextAndIgnoresItsOwnFields() {
		IntakeParser.Result result = IntakeParser.parseForm(Map.of("weeksSinceBirth", new String[] { " 8 " },
				"delivery", new String[] { "CESAREAN" }, "clearedForExercise", new String[] { "NO" }, "painNow",
				new String[] { "4" }, "painTrend", new String[] { "IMPROVING" }, "painWeeks", new String[] { "" },
				"painAreas", new String[] { "LOW_BACK", "PELVIC_GIRDLE" }, "pelvicHeaviness", new String[] { "true" },
				"_csrf", new String[] { "token" }));
		assertThat(result.problems()).isEmpty();
		assertThat(result.intake().weeksSinceBirth()).isEqualTo(8);
		assertThat(result.intake().painWeeks()).isNull();
		assertThat(result.intake().pelvicHeaviness()).isTrue();
		assertThat(result.intake().painAreas()).hasSize(2);
	}

	@Test
	void theFormNamesTextWhereANumberBelongs() {
		IntakeParser.Result result = IntakeParser.parseForm(Map.of("weeksSinceBirth", new String[] { "ten" }));
		assertThat(result.problems()).extracting(IntakeProblem::field).contains("weeksSinceBirth", "delivery");
	}

	@Test
	void problemsAreWordedByMessagesProperties() {
		String body = VALID.replace("}", ", \"painNow\": 11, \"delivery\": \"AT_HOME\", \"mood\": 1, "
				+ "\"painAreas\": [1, 2, 3, 4, 5, 6, 7, 8]}");
		IntakeParser.Result result = IntakeParser.parse(json(body));
		assertThat(result.problems()).extracting(IntakeProblem::field, p -> MessagesFile.words(p.message()))
			.containsExactlyInAnyOrder(tuple("mood", "is not a known field"),
					tuple("delivery", "'AT_HOME' is not one of VAGINAL, ASSISTED_VAGINAL, CESAREAN"),
					tuple("painNow", "must be a whole number from 0 to 10"), tuple("painAreas",
							"has 8 items; at most 7, each one of LOW_BACK, MID_UPPER_BACK, PELVIC_GIRDLE, BUTTOCK_HIP, ONE_LEG, BOTH_LEGS, NECK_SHOULDERS"));
	}

	@Test
	void moreProblemsThanTheAnswerNamesAreCounted() {
		StringBuilder body = new StringBuilder("{");
		for (int i = 0; i < 30; i++) {
			body.append("\"unknown").append(i).append("\": 1, ");
		}
		body.append("\"painNow\": 3}");
		IntakeParser.Result result = IntakeParser.parse(json(body.toString()));
		assertThat(result.problems()).hasSize(IntakeParser.MAX_PROBLEMS + 1);
		IntakeProblem last = result.problems().get(IntakeParser.MAX_PROBLEMS);
		assertThat(last.field()).isEqualTo("(more)");
		// 30 unknown fields and 4 required ones missing: 34, of which 20 are named.
		assertThat(MessagesFile.words(last.message())).isEqualTo("and 14 more problems; correct these first");
	}

	@Test
	void oneProblemMoreIsOneProblem() {
		StringBuilder body = new StringBuilder("{");
		for (int i = 0; i < 17; i++) {
			body.append("\"unknown").append(i).append("\": 1, ");
		}
		body.append("\"painNow\": 3}");
		// 17 unknown fields and 4 required ones missing: 21, of which 20 are named.
		IntakeProblem last = IntakeParser.parse(json(body.toString())).problems().get(IntakeParser.MAX_PROBLEMS);
		assertThat(MessagesFile.words(last.message())).isEqualTo("and 1 more problem; correct these first");
	}

	private static java.util.List<String> fields(String body) {
		IntakeParser.Result result = IntakeParser.parse(json(body));
		assertThat(result.intake()).isNull();
		return result.problems().stream().map(IntakeProblem::field).toList();
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body);
	}

}
