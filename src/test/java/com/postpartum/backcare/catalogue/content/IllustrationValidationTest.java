package com.postpartum.backcare.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.postpartum.backcare.catalogue.content.ExerciseDocument.DosageDocument;
import com.postpartum.backcare.catalogue.content.ExerciseDocument.IllustrationDocument;
import com.postpartum.backcare.catalogue.content.ExerciseDocument.KeyframeDocument;
import com.postpartum.backcare.catalogue.content.ExerciseDocument.LimbDocument;
import com.postpartum.backcare.content.ContentProblem;

/**
 * The illustration's rules (docs/content-guide.md, "Illustration"), each shown failing and
 * passing, through the validator that stops the start: problems name the file and the field.
 */
class IllustrationValidationTest {

	private final ContentValidator validator = new ContentValidator();

	private static final KeyframeDocument LYING = new KeyframeDocument("knees bent", 180.0, null, null, 4.0, null,
			-46.0, 100.0, -36.0, null);

	private static final KeyframeDocument BRIDGE = new KeyframeDocument("hips up", 202.0, null, -22.0, 24.0, null, 0.0,
			86.0, -26.0, null);

	private static final KeyframeDocument SITTING = new KeyframeDocument("sitting tall", 90.0, null, null, -20.0, 70.0,
			-90.0, 90.0, 0.0, null);

	private static IllustrationDocument bridge(List<String> lifted, KeyframeDocument... keyframes) {
		return new IllustrationDocument("supine", null, List.of("mat"), lifted, null, null, List.of(keyframes));
	}

	private List<ContentProblem> problems(IllustrationDocument illustration, boolean perSide) {
		return validator.validate(ContentValidatorTest.content(e -> new ExerciseDocument(e.slug(), e.name(), e.summary(),
				e.purpose(), e.category(), e.position(), e.equipment(), e.difficulty(), e.phases(), e.muscles(), e.steps(),
				e.cues(), e.mistakes(), new DosageDocument(1, 8, 3, perSide, 30, "Ours."), e.abdominalLoad(),
				e.pelvicFloorLoad(), e.asymmetric(), e.beforeClearance(), e.regression(), e.progression(), e.stopIf(),
				e.related(), e.sources(), e.provenance(), illustration)));
	}

	private static List<String> fields(List<ContentProblem> problems) {
		return problems.stream().map(ContentProblem::field).toList();
	}

	@Test
	void aBridgeWithItsSacrumListedAsLiftedIsValid() {
		assertThat(problems(bridge(List.of("sacrum"), LYING, BRIDGE), false)).isEmpty();
	}

	@Test
	void anExerciseWithoutAnIllustrationIsRefusedNamingFileAndField() {
		assertThat(problems(null, false)).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("exercises/heel-slide.yml");
			assertThat(p.field()).isEqualTo("illustration");
			assertThat(p.message()).contains("is required");
		});
	}

	@Test
	void aContactLeavingTheFloorMustBeListedAsLifted() {
		List<ContentProblem> problems = problems(bridge(List.of(), LYING, BRIDGE), false);
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("exercises/heel-slide.yml");
			assertThat(p.field()).isEqualTo("illustration.keyframes[1]");
			assertThat(p.message()).contains("sacrum should rest on the floor").contains("above");
		});
	}

	@Test
	void oneKeyframeIsNotAMovement() {
		assertThat(fields(problems(bridge(List.of("sacrum"), LYING), false))).containsExactly("illustration.keyframes");
	}

	@Test
	void anglesOutsideTheirJointRangeAreNamedNearAndFar() {
		KeyframeDocument overBent = new KeyframeDocument("too far", null, null, null, null, null, null, 160.0, null,
				new LimbDocument(null, null, 40.0, null, null));
		List<ContentProblem> problems = problems(bridge(List.of("sacrum"), LYING, overBent), false);
		assertThat(fields(problems)).containsExactlyInAnyOrder("illustration.keyframes[1].knee",
				"illustration.keyframes[1].far.hip");
		assertThat(problems).filteredOn(p -> p.field().endsWith(".knee")).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("from 0 to 150").contains("160"));
	}

	@Test
	void theFigureMustStayInsideItsFrame() {
		// Legs long, then swung right over with the shoulders held still: wider than the frame.
		KeyframeDocument flat = new KeyframeDocument("legs long", 180.0, null, null, 0.0, null, 0.0, 0.0, 0.0, null);
		KeyframeDocument over = new KeyframeDocument("swung over", 0.0, null, null, null, null, null, null, null, null);
		List<ContentProblem> problems = problems(
				new IllustrationDocument("supine", null, null, List.of("sacrum", "head", "near-foot", "far-foot"), null,
						null, List.of(flat, over)), false);
		assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("leaves its frame"));
	}

	@Test
	void nothingMaySinkIntoTheChair() {
		KeyframeDocument armsUp = new KeyframeDocument("arms forward", null, null, null, -90.0, 0.0, null, null, null,
				null);
		KeyframeDocument slumped = new KeyframeDocument("knees tucked under", null, null, null, null, null, null, 130.0,
				null, null);
		IllustrationDocument good = new IllustrationDocument("sitting", null, List.of("chair"), null, null, null,
				List.of(SITTING, armsUp));
		IllustrationDocument bad = new IllustrationDocument("sitting", null, List.of("chair"), null, null, null,
				List.of(SITTING, slumped));
		assertThat(problems(good, false)).isEmpty();
		assertThat(problems(bad, false)).anySatisfy(p -> {
			assertThat(p.field()).isEqualTo("illustration.keyframes[1]");
			assertThat(p.message()).containsAnyOf("sinks", "below");
		});
	}

	@Test
	void aOneSidedExerciseNeedsNearAndFarLimbsThatDiffer() {
		assertThat(problems(bridge(List.of("sacrum"), LYING, BRIDGE), true)).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("near and far limbs must differ"));
		KeyframeDocument oneLeg = new KeyframeDocument("one knee lifts", null, null, null, null, null, null, null, null,
				new LimbDocument(null, null, -46.0, 100.0, -36.0));
		assertThat(problems(bridge(List.of("sacrum"), LYING,
				new KeyframeDocument("hips up", 202.0, null, -22.0, 24.0, null, 0.0, 86.0, -26.0,
						new LimbDocument(null, null, -20.0, 40.0, 0.0))), true))
			.extracting(ContentProblem::message).noneMatch(m -> m.contains("must differ"));
		assertThat(oneLeg.far()).isNotNull();
	}

	@Test
	void unknownWordsAndAMissingStartAreNamed() {
		KeyframeDocument noTrunk = new KeyframeDocument(" ", null, null, null, null, null, -46.0, 100.0, -36.0, null);
		List<ContentProblem> problems = problems(new IllustrationDocument("floating", "top", List.of("trampoline"),
				List.of("tail"), null, null, new ArrayList<>(List.of(noTrunk, BRIDGE))), false);
		assertThat(fields(problems)).contains("illustration.base", "illustration.view", "illustration.props[0]",
				"illustration.lifted[0]", "illustration.keyframes[0].trunk", "illustration.keyframes[0].name");
		assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("'floating'").contains("supine"));
	}


	private static KeyframeDocument withAbduction(KeyframeDocument k, Double near, Double far) {
		return new KeyframeDocument(k.name(), k.trunk(), k.spine(), k.neck(), k.shoulder(), k.elbow(), k.hip(), k.knee(),
				k.ankle(), far == null ? null : new LimbDocument(null, null, null, null, null, far), near);
	}

	private static IllustrationDocument fromFeet(KeyframeDocument... keyframes) {
		return new IllustrationDocument("supine", "feet", List.of("mat"), List.of("sacrum"), null, null,
				List.of(keyframes));
	}

	@Test
	void seenFromHerFeetTheKneesOpeningIsValidButNotFromTheSide() {
		KeyframeDocument open = withAbduction(BRIDGE, 36.0, null);
		assertThat(problems(fromFeet(BRIDGE, open), false)).isEmpty();
		assertThat(problems(bridge(List.of("sacrum"), BRIDGE, open), false)).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("illustration.keyframes[1].abduction");
			assertThat(p.message()).contains("side view cannot show");
		});
		assertThat(fields(problems(bridge(List.of("sacrum"), BRIDGE, withAbduction(BRIDGE, null, 30.0)), false)))
			.containsExactly("illustration.keyframes[1].far.abduction");
	}

	@Test
	void eachViewAlongHerBodyBelongsToOneBase() {
		IllustrationDocument behindOnHerBack = new IllustrationDocument("supine", "behind", List.of("mat"),
				List.of("sacrum"), null, null, List.of(LYING, BRIDGE));
		assertThat(problems(behindOnHerBack, false)).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("illustration.view");
			assertThat(p.message()).isEqualTo("behind is only for a quadruped figure");
		});
	}

	@Test
	void abductionKeepsToItsRangeAndTheFeetToTheFloor() {
		assertThat(problems(fromFeet(BRIDGE, withAbduction(BRIDGE, 70.0, null)), false)).singleElement()
			.satisfies(p -> assertThat(p.field()).isEqualTo("illustration.keyframes[1].abduction"));
		// From behind, a knee taken out to the side leaves the floor, so it must be listed as lifted.
		KeyframeDocument allFours = new KeyframeDocument("hands and knees", 14.0, null, -10.0, -102.0, null, -76.0,
				110.0, 30.0, null);
		IllustrationDocument hydrant = new IllustrationDocument("quadruped", "behind", List.of("mat"), List.of(), null,
				null, List.of(allFours, withAbduction(allFours, 50.0, 0.0)));
		assertThat(problems(hydrant, true)).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("illustration.keyframes[1]");
			assertThat(p.message()).contains("near-knee should rest on the floor").contains("above");
		});
		IllustrationDocument lifted = new IllustrationDocument("quadruped", "behind", List.of("mat"),
				List.of("near-knee"), null, null, List.of(allFours, withAbduction(allFours, 50.0, 0.0)));
		assertThat(problems(lifted, true)).isEmpty();
	}

}
