package com.postpartum.backcare.catalogue.content;

import com.postpartum.backcare.catalogue.ExerciseView;
import com.postpartum.backcare.catalogue.RoutineView;

import com.postpartum.backcare.catalogue.CatalogueService;
import com.postpartum.backcare.catalogue.ExerciseRepository;

import com.postpartum.backcare.catalogue.content.CatalogueLoader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * What the content loader must do on any database: load the whole catalogue with the
 * attributes docs/content-guide.md fixes, and reload without duplicating anything.
 */
abstract class CatalogueLoaderContract {

	@Autowired
	CatalogueLoader loader;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	ExerciseRepository exercises;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path editedContent;

	@AfterEach
	void restoreTheShippedContent() {
		loader.load();
	}

	@Test
	void loadsEverySeedExerciseWithTheSafetyAttributesTheCatalogueFixes() throws IOException {
		assertThat(count("exercise")).as("one row per exercise file").isEqualTo(shippedFiles("exercises"));
		// The seed exercises of docs/content-guide.md: slugs the API and links rely on, attributes the rules read.
		Map<String, List<String>> required = Map.ofEntries(Map.entry("pelvic-tilt", List.of("abdominal=LOW", "before")),
				Map.entry("glute-bridge", List.of("abdominal=LOW")),
				Map.entry("hollow-body-hold", List.of("abdominal=HIGH", "pelvicFloor=HIGH", "difficulty=3")),
				Map.entry("cat-cow", List.of("abdominal=LOW")), Map.entry("bird-dog", List.of("abdominal=MODERATE")),
				Map.entry("deep-squat-stretch", List.of("pelvicFloor=MODERATE")),
				Map.entry("standing-hip-flexor-stretch", List.of("asymmetric")),
				Map.entry("bridge-abduction-adduction", List.of("asymmetric")),
				Map.entry("bridge-march", List.of("asymmetric")), Map.entry("donkey-kick", List.of("asymmetric")),
				Map.entry("elevated-plank", List.of("abdominal=MODERATE")),
				Map.entry("clamshell", List.of("symmetric")), Map.entry("fire-hydrant", List.of("asymmetric")),
				Map.entry("heel-slide", List.of("abdominal=LOW", "before")),
				Map.entry("supported-toe-tap", List.of("abdominal=LOW")),
				Map.entry("adductor-squeeze", List.of("abdominal=LOW", "before")),
				Map.entry("childs-pose", List.of("abdominal=LOW")),
				Map.entry("upper-back-stretch", List.of("abdominal=LOW")),
				Map.entry("hip-mobility-flow", List.of("abdominal=LOW")),
				Map.entry("connection-breath", List.of("before")), Map.entry("breathing-360", List.of("before")),
				Map.entry("rock-back-breathing", List.of("before")),
				Map.entry("half-kneeling-pallof-press", List.of("abdominal=MODERATE")),
				Map.entry("side-plank", List.of("abdominal=HIGH")),
				Map.entry("plank", List.of("abdominal=HIGH", "pelvicFloor=HIGH")),
				Map.entry("split-squat-band-rotation", List.of("asymmetric", "difficulty=3")),
				Map.entry("copenhagen-side-plank", List.of("abdominal=HIGH", "asymmetric", "difficulty=3")),
				Map.entry("bridge-90-90-hamstring", List.of("abdominal=LOW")),
				Map.entry("long-lever-bridge", List.of("abdominal=LOW")),
				Map.entry("kickstand-deadlift-rotation", List.of("asymmetric")),
				Map.entry("hip-hinge", List.of("abdominal=LOW")), Map.entry("hip-shift", List.of("asymmetric")),
				Map.entry("overhead-reach-stretch", List.of("abdominal=LOW")),
				Map.entry("hamstring-stretch", List.of("abdominal=LOW")), Map.entry("walking", List.of("before")));
		assertThat(required).as("the seed list itself").hasSize(35);
		required.forEach((slug, attributes) -> {
			ExerciseView e = catalogue.exercise(slug).orElseThrow(() -> new AssertionError("missing " + slug));
			for (String attribute : attributes) {
				String actual = switch (attribute.split("=")[0]) {
					case "abdominal" -> "abdominal=" + e.abdominalLoad();
					case "pelvicFloor" -> "pelvicFloor=" + e.pelvicFloorLoad();
					case "difficulty" -> "difficulty=" + e.difficulty();
					case "asymmetric" -> e.asymmetric() ? "asymmetric" : "symmetric";
					case "symmetric" -> e.asymmetric() ? "asymmetric" : "symmetric";
					case "before" -> e.beforeClearance() ? "before" : "after";
					default -> throw new IllegalArgumentException(attribute);
				};
				assertThat(actual).as(slug).isEqualTo(attribute);
			}
			assertThat(e.steps()).as(slug + " steps").isNotEmpty();
			assertThat(e.sources()).as(slug + " sources").isNotEmpty();
		});
	}

	@Test
	void onlyBreathingTiltsSlidesAndWalkingAreAllowedBeforeClearance() {
		assertThat(jdbc.queryForList("select slug from exercise where before_clearance = true order by slug",
				String.class))
			.containsExactly("adductor-squeeze", "breathing-360", "connection-breath", "heel-slide", "pelvic-tilt",
					"rock-back-breathing", "walking");
	}

	@Test
	void loadsThePhaseRoutinesWithComputedDurations() {
		assertThat(catalogue.routines()).filteredOn(r -> r.phase() != null)
			.extracting(RoutineView::phase)
			.containsExactlyInAnyOrder(1, 2, 3);
		assertThat(catalogue.routines()).hasSizeGreaterThanOrEqualTo(8)
			.allSatisfy(r -> assertThat(r.estimatedMinutes()).isPositive());
		assertThat(catalogue.learnPages()).hasSizeGreaterThanOrEqualTo(10);
	}

	@Test
	void reloadingTheSameContentChangesNoRow() {
		Map<String, Object> before = snapshot();
		Long tiltId = exercises.findBySlug("pelvic-tilt").orElseThrow().getId();
		loader.load();
		loader.load();
		assertThat(snapshot()).isEqualTo(before);
		assertThat(exercises.findBySlug("pelvic-tilt").orElseThrow().getId()).isEqualTo(tiltId);
	}

	@Test
	void aContentChangeUpdatesAndRemovesRowsInPlace() throws IOException {
		FileSystemUtils.copyRecursively(Path.of("content"), editedContent);
		Path tilt = editedContent.resolve("exercises/pelvic-tilt.yml");
		Files.writeString(tilt, Files.readString(tilt).replaceFirst("(?m)^name: .*$", "name: Pelvic rock"));
		ContentCopies.translationKeptUp(editedContent, "pelvic-tilt");
		ContentCopies.delete(editedContent, "routines/gentle-stretch-and-posture.yml");
		ContentCopies.delete(editedContent, "exercises/overhead-reach-stretch.yml");
		Long tiltId = exercises.findBySlug("pelvic-tilt").orElseThrow().getId();
		long routines = count("routine");
		long exerciseFiles = shippedFiles("exercises");

		loader.load(editedContent.toUri().toString());

		assertThat(catalogue.exercise("pelvic-tilt")).get().extracting(ExerciseView::name).isEqualTo("Pelvic rock");
		assertThat(exercises.findBySlug("pelvic-tilt").orElseThrow().getId()).isEqualTo(tiltId);
		assertThat(catalogue.exercise("overhead-reach-stretch")).isEmpty();
		assertThat(count("exercise")).isEqualTo(exerciseFiles - 1);
		assertThat(count("routine")).isEqualTo(routines - 1);
	}

	private Map<String, Object> snapshot() {
		return Map.of("exercise", count("exercise"), "equipment", count("exercise_equipment"), "phase",
				count("exercise_phase"), "routine", count("routine"), "item", count("routine_item"), "learn",
				count("learn_page"), "ids", jdbc.queryForList("select id from routine_item order by id", Long.class));
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/** How many files one folder of the shipped content holds: the catalogue grows without a test changing. */
	private static long shippedFiles(String folder) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("content", folder))) {
			return files.filter(Files::isRegularFile).count();
		}
	}

}
