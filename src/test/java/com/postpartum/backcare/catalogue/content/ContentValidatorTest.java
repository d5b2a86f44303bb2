package com.postpartum.backcare.catalogue.content;

import com.postpartum.backcare.content.ContentProblem;

import com.postpartum.backcare.content.ContentFile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import com.postpartum.backcare.catalogue.content.ExerciseDocument.DosageDocument;
import com.postpartum.backcare.catalogue.content.ExerciseDocument.IllustrationDocument;
import com.postpartum.backcare.catalogue.content.ExerciseDocument.KeyframeDocument;
import com.postpartum.backcare.catalogue.content.ExerciseDocument.ProvenanceDocument;
import com.postpartum.backcare.catalogue.content.RoutineDocument.ItemDocument;

/** One test per kind of content error: each must name the file and the field. */
class ContentValidatorTest {

	private final ContentValidator validator = new ContentValidator();

	@Test
	void aValidSetHasNoProblems() {
		assertThat(validator.validate(content(UnaryOperator.identity()))).isEmpty();
	}

	@Test
	void aMissingFieldIsNamed() {
		List<ContentProblem> problems = validator.validate(content(e -> exercise("heel-slide", null, "core", "low",
				"supine", 1, List.of(1), null, null, true)));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("exercises/heel-slide.yml");
			assertThat(p.field()).isEqualTo("name");
			assertThat(p.message()).contains("required");
		});
	}

	@Test
	void aBadEnumValueIsNamedWithTheAllowedValues() {
		List<ContentProblem> problems = validator.validate(content(e -> exercise("heel-slide", "Heel slide", "legs",
				"low", "supine", 1, List.of(1), null, null, true)));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("category");
			assertThat(p.message()).contains("'legs'").contains("breathing").contains("movement-pattern");
		});
	}

	@Test
	void aBadLoadValueIsNamed() {
		List<ContentProblem> problems = validator.validate(content(e -> exercise("heel-slide", "Heel slide", "core",
				"extreme", "supine", 1, List.of(1), null, null, true)));
		assertThat(problems).extracting(ContentProblem::field).containsExactly("abdominalLoad");
	}

	@Test
	void anOutOfRangeDifficultyOrPhaseIsNamed() {
		List<ContentProblem> problems = validator.validate(content(e -> exercise("heel-slide", "Heel slide", "core",
				"low", "supine", 4, List.of(1, 5), null, null, true)));
		assertThat(problems).extracting(ContentProblem::field).containsExactlyInAnyOrder("difficulty", "phases");
	}

	@Test
	void anUnknownRegressionIsNamed() {
		List<ContentProblem> problems = validator.validate(content(e -> exercise("heel-slide", "Heel slide", "core",
				"low", "supine", 1, List.of(1), "dead-bug", null, true)));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("regression");
			assertThat(p.message()).contains("'dead-bug'").contains("does not exist");
		});
	}

	@Test
	void anUnknownProgressionIsNamed() {
		List<ContentProblem> problems = validator.validate(content(e -> exercise("heel-slide", "Heel slide", "core",
				"low", "supine", 1, List.of(1), null, "flying-plank", true)));
		assertThat(problems).extracting(ContentProblem::field).containsExactly("progression");
	}

	@Test
	void anExerciseCannotBeItsOwnRegression() {
		List<ContentProblem> problems = validator.validate(content(e -> exercise("heel-slide", "Heel slide", "core",
				"low", "supine", 1, List.of(1), "heel-slide", null, true)));
		assertThat(problems).extracting(ContentProblem::message).anyMatch(m -> m.contains("its own"));
	}

	@Test
	void aRoutineNamingAnUnknownExerciseIsNamed() {
		ContentSet set = content(UnaryOperator.identity());
		List<ContentFile<RoutineDocument>> routines = new ArrayList<>(set.routines());
		routines.add(routine("evening", null, List.of("breathing", "unicorn-stretch")));
		List<ContentProblem> problems = validator.validate(
				new ContentSet(set.sources(), set.exercises(), set.learnPages(), routines, List.of()));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("routines/evening.yml");
			assertThat(p.field()).isEqualTo("exercises[1].slug");
			assertThat(p.message()).contains("'unicorn-stretch'");
		});
	}

	@Test
	void aDuplicateSlugNamesBothFiles() {
		ContentSet set = content(UnaryOperator.identity());
		List<ContentFile<ExerciseDocument>> exercises = new ArrayList<>(set.exercises());
		ExerciseDocument copy = set.exercises().get(0).document();
		exercises.add(new ContentFile<>("exercises/copy/breathing.yml", "breathing", copy));
		List<ContentProblem> problems = validator.validate(
				new ContentSet(set.sources(), exercises, set.learnPages(), set.routines(), List.of()));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("slug");
			assertThat(p.message()).contains("already used by exercises/breathing.yml");
		});
	}

	@Test
	void aSlugMustMatchItsFileName() {
		ContentSet set = content(UnaryOperator.identity());
		List<ContentFile<ExerciseDocument>> exercises = new ArrayList<>(set.exercises());
		exercises.set(0, new ContentFile<>("exercises/breath.yml", "breath", exercises.get(0).document()));
		assertThat(validator.validate(new ContentSet(set.sources(), exercises, set.learnPages(), set.routines(), List.of())))
			.extracting(ContentProblem::message)
			.anyMatch(m -> m.contains("must match the file name 'breath'"));
	}

	@Test
	void anUnknownSourceKeyIsNamed() {
		ContentSet set = withBreathing(d -> copy(d, List.of("wikipedia"), d.dosage(), d.provenance()));
		assertThat(validator.validate(set)).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("sources");
			assertThat(p.message()).contains("wikipedia");
		});
	}

	@Test
	void aDosageNeedsRepsOrAHold() {
		ContentSet set = withBreathing(d -> copy(d, d.sources(), new DosageDocument(1, null, null, false, 30, "note"), d.provenance()));
		assertThat(validator.validate(set)).extracting(ContentProblem::field).containsExactly("dosage.reps");
	}

	@Test
	void aMissingProvenanceIsNamed() {
		ContentSet set = withBreathing(d -> copy(d, d.sources(), d.dosage(), null));
		assertThat(validator.validate(set)).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("exercises/breathing.yml");
			assertThat(p.field()).isEqualTo("provenance");
			assertThat(p.message()).contains("required").contains("article").contains("ours");
		});
	}

	@Test
	void aMissingOrUnknownProvenanceValueIsNamedWithTheAllowedValues() {
		ContentSet set = withBreathing(d -> copy(d, d.sources(), d.dosage(),
				new ProvenanceDocument("article", null, "book")));
		assertThat(validator.validate(set)).satisfiesExactlyInAnyOrder(p -> {
			assertThat(p.field()).isEqualTo("provenance.repsAndHold");
			assertThat(p.message()).contains("required").contains("article, ours");
		}, p -> {
			assertThat(p.field()).isEqualTo("provenance.sets");
			assertThat(p.message()).contains("'book'").contains("article, ours");
		});
	}

	/** The small valid catalogue with its first exercise (breathing) changed. */
	private static ContentSet withBreathing(UnaryOperator<ExerciseDocument> change) {
		ContentSet set = content(UnaryOperator.identity());
		List<ContentFile<ExerciseDocument>> exercises = new ArrayList<>(set.exercises());
		exercises.set(0, new ContentFile<>("exercises/breathing.yml", "breathing", change.apply(exercises.get(0).document())));
		return new ContentSet(set.sources(), exercises, set.learnPages(), set.routines(), List.of());
	}

	private static ExerciseDocument copy(ExerciseDocument d, List<String> sources, DosageDocument dosage,
			ProvenanceDocument provenance) {
		return new ExerciseDocument(d.slug(), d.name(), d.summary(), d.purpose(), d.category(), d.position(),
				d.equipment(), d.difficulty(), d.phases(), d.muscles(), d.steps(), d.cues(), d.mistakes(), dosage,
				d.abdominalLoad(), d.pelvicFloorLoad(), d.asymmetric(), d.beforeClearance(), d.regression(),
				d.progression(), d.stopIf(), d.related(), sources, provenance, d.illustration());
	}

	@Test
	void everyPhaseNeedsExactlyOneRoutine() {
		ContentSet set = content(UnaryOperator.identity());
		List<ContentFile<RoutineDocument>> routines = set.routines().stream()
			.filter(r -> !Integer.valueOf(3).equals(r.document().phase()))
			.toList();
		assertThat(validator.validate(new ContentSet(set.sources(), set.exercises(), set.learnPages(), routines, List.of())))
			.singleElement()
			.satisfies(p -> assertThat(p.message()).contains("no routine has phase 3"));
	}

	@Test
	void aPhaseOneRoutineMayHoldOnlyExercisesAllowedBeforeClearance() {
		ContentSet set = content(e -> exercise("heel-slide", "Heel slide", "core", "low", "supine", 1, List.of(1),
				null, null, false));
		assertThat(validator.validate(set)).extracting(ContentProblem::message)
			.anyMatch(m -> m.contains("'heel-slide' is not marked beforeClearance"));
	}

	@Test
	void aLearnPageNamingAnUnknownExerciseIsNamed() {
		ContentSet set = content(UnaryOperator.identity());
		ContentFile<LearnDocument> page = new ContentFile<>("learn/sleeping.md", "sleeping",
				new LearnDocument(new LearnDocument.FrontMatter("sleeping", "Sleeping", "How to sleep", "habit", 10,
						List.of("pillow-fort"), List.of("robles")), "Some text."));
		assertThat(validator.validate(new ContentSet(set.sources(), set.exercises(), List.of(page), set.routines(), List.of())))
			.singleElement()
			.satisfies(p -> {
				assertThat(p.file()).isEqualTo("learn/sleeping.md");
				assertThat(p.field()).isEqualTo("related");
			});
	}

	/** A small valid catalogue; {@code heelSlide} may replace its second exercise to break one thing. */
	static ContentSet content(UnaryOperator<ExerciseDocument> heelSlide) {
		ExerciseDocument breathing = exercise("breathing", "Breathing", "breathing", "low", "supine", 1,
				List.of(1, 2, 3), null, "heel-slide", true);
		ExerciseDocument slide = heelSlide.apply(exercise("heel-slide", "Heel slide", "core", "low", "supine", 1,
				List.of(1, 2, 3), "breathing", null, true));
		return new ContentSet(List.of(new SourceDocument("robles", "An article")),
				List.of(new ContentFile<>("exercises/breathing.yml", "breathing", breathing),
						new ContentFile<>("exercises/heel-slide.yml", "heel-slide", slide)),
				List.of(), List.of(routine("phase-1", 1, List.of("breathing", "heel-slide")),
						routine("phase-2", 2, List.of("breathing")), routine("phase-3", 3, List.of("breathing"))),
				List.of());
	}

	static ExerciseDocument exercise(String slug, String name, String category, String abdominalLoad,
			String position, int difficulty, List<Integer> phases, String regression, String progression,
			boolean beforeClearance) {
		return new ExerciseDocument(slug, name, "A summary.", "A purpose.", category, position, List.of("none"),
				difficulty, phases, List.of("deep abdominals"), List.of("Lie down.", "Breathe."), List.of("Slowly."),
				List.of("Holding your breath."), new DosageDocument(1, 8, 3, false, 30, "From the article."),
				abdominalLoad, "low", false, beforeClearance, regression, progression, List.of("Sharp pain."), null,
				List.of("robles"), new ProvenanceDocument("article", "article", "ours"), BRIDGE);
	}

	/** A valid figure (a glute bridge), since every exercise must have one. */
	static final IllustrationDocument BRIDGE = new IllustrationDocument("supine", null, List.of("mat"),
			List.of("sacrum"), null, null,
			List.of(new KeyframeDocument("knees bent", 180.0, null, null, 4.0, null, -46.0, 100.0, -36.0, null),
					new KeyframeDocument("hips up", 202.0, null, -22.0, 24.0, null, 0.0, 86.0, -26.0, null)));

	private static ContentFile<RoutineDocument> routine(String slug, Integer phase, List<String> exercises) {
		return new ContentFile<>("routines/" + slug + ".yml", slug,
				new RoutineDocument(slug, "Title", "Summary", "Description", phase, 5, "evening", List.of("robles"),
						exercises.stream().map(e -> new ItemDocument(e, null, null, null, null, null, null)).toList()));
	}

}
