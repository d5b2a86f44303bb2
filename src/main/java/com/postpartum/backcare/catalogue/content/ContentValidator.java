package com.postpartum.backcare.catalogue.content;

import com.postpartum.backcare.content.ContentFile;
import com.postpartum.backcare.content.ContentProblem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.postpartum.backcare.catalogue.Category;
import com.postpartum.backcare.catalogue.CodedEnum;
import com.postpartum.backcare.catalogue.Equipment;
import com.postpartum.backcare.catalogue.LearnKind;
import com.postpartum.backcare.catalogue.Load;
import com.postpartum.backcare.catalogue.Origin;
import com.postpartum.backcare.catalogue.Position;
import com.postpartum.backcare.catalogue.TimeOfDay;
import com.postpartum.backcare.catalogue.content.ExerciseDocument.DosageDocument;
import com.postpartum.backcare.catalogue.content.ExerciseDocument.ProvenanceDocument;
import com.postpartum.backcare.catalogue.content.RoutineDocument.ItemDocument;
import com.postpartum.backcare.figure.FigureCheck;
import com.postpartum.backcare.figure.Illustration;

/**
 * Checks parsed content before anything is loaded: required fields, allowed values,
 * ranges, and every cross-reference (regressions, routine exercises, sources, related
 * pages). A pure function of the content, so each rule has a fast test.
 */
public class ContentValidator {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Set<Integer> PHASES = Set.of(1, 2, 3);

	public List<ContentProblem> validate(ContentSet content) {
		List<ContentProblem> problems = new ArrayList<>();
		Set<String> sourceKeys = validateSources(content.sources(), problems);
		Set<String> exerciseSlugs = slugs(content.exercises(), ExerciseDocument::slug, "exercise", problems);
		Set<String> learnSlugs = slugs(content.learnPages(), page -> page.frontMatter().slug(), "learn page",
				problems);
		slugs(content.routines(), RoutineDocument::slug, "routine", problems);
		Map<String, ExerciseDocument> exercisesBySlug = new HashMap<>();
		for (ContentFile<ExerciseDocument> file : content.exercises()) {
			if (file.document().slug() != null) {
				exercisesBySlug.putIfAbsent(file.document().slug(), file.document());
			}
			new Checker(file, problems).exercise(file.document(), exerciseSlugs, learnSlugs, sourceKeys);
		}
		for (ContentFile<LearnDocument> file : content.learnPages()) {
			new Checker(file, problems).learnPage(file.document(), exerciseSlugs, sourceKeys);
		}
		for (ContentFile<RoutineDocument> file : content.routines()) {
			new Checker(file, problems).routine(file.document(), exercisesBySlug, sourceKeys);
		}
		validatePhaseRoutines(content.routines(), problems);
		return problems;
	}

	private Set<String> validateSources(List<SourceDocument> sources, List<ContentProblem> problems) {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < sources.size(); i++) {
			SourceDocument source = sources.get(i);
			if (isBlank(source.key()) || isBlank(source.title())) {
				problems.add(new ContentProblem("sources.yml", "[" + i + "]", "every source needs a key and a title"));
			}
			else if (!keys.add(source.key())) {
				problems.add(new ContentProblem("sources.yml", "[" + i + "].key",
						"the key '" + source.key() + "' is used twice"));
			}
		}
		return keys;
	}

	/** Collects the slugs of one kind, reporting duplicates with both files named. */
	private <T> Set<String> slugs(List<ContentFile<T>> files, Function<T, String> slugOf, String kind,
			List<ContentProblem> problems) {
		Map<String, String> firstFile = new HashMap<>();
		for (ContentFile<T> file : files) {
			String slug = slugOf.apply(file.document());
			if (slug == null) {
				continue;
			}
			String earlier = firstFile.putIfAbsent(slug, file.path());
			if (earlier != null) {
				problems.add(new ContentProblem(file.path(), "slug",
						"the " + kind + " slug '" + slug + "' is already used by " + earlier));
			}
		}
		return firstFile.keySet();
	}

	private void validatePhaseRoutines(List<ContentFile<RoutineDocument>> routines, List<ContentProblem> problems) {
		for (int phase : List.of(1, 2, 3)) {
			List<String> files = routines.stream()
				.filter(file -> Integer.valueOf(phase).equals(file.document().phase()))
				.map(ContentFile::path)
				.toList();
			if (files.isEmpty()) {
				problems.add(new ContentProblem("routines/", "phase",
						"no routine has phase " + phase + "; the rules need one routine for each phase 1, 2 and 3"));
			}
			else if (files.size() > 1) {
				problems.add(new ContentProblem(files.get(1), "phase",
						"phase " + phase + " is already the phase of " + files.get(0)));
			}
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** Checks the fields of one file, adding each problem with that file's path. */
	private static final class Checker {

		private final ContentFile<?> file;

		private final List<ContentProblem> problems;

		Checker(ContentFile<?> file, List<ContentProblem> problems) {
			this.file = file;
			this.problems = problems;
		}

		void exercise(ExerciseDocument doc, Set<String> exerciseSlugs, Set<String> learnSlugs,
				Set<String> sourceKeys) {
			slug(doc.slug());
			text("name", doc.name());
			text("summary", doc.summary());
			text("purpose", doc.purpose());
			code("category", doc.category(), Category.class);
			code("position", doc.position(), Position.class);
			if (nonEmpty("equipment", doc.equipment())) {
				for (int i = 0; i < doc.equipment().size(); i++) {
					code("equipment[" + i + "]", doc.equipment().get(i), Equipment.class);
				}
			}
			range("difficulty", doc.difficulty(), 1, 3);
			phases("phases", doc.phases());
			texts("muscles", doc.muscles());
			texts("steps", doc.steps());
			texts("cues", doc.cues());
			texts("mistakes", doc.mistakes());
			texts("stopIf", doc.stopIf());
			dosage(doc.dosage());
			provenance(doc.provenance());
			code("abdominalLoad", doc.abdominalLoad(), Load.class);
			code("pelvicFloorLoad", doc.pelvicFloorLoad(), Load.class);
			present("asymmetric", doc.asymmetric());
			present("beforeClearance", doc.beforeClearance());
			neighbour("regression", doc.regression(), doc.slug(), exerciseSlugs);
			neighbour("progression", doc.progression(), doc.slug(), exerciseSlugs);
			references("related", doc.related(), learnSlugs, "learn page", false);
			references("sources", doc.sources(), sourceKeys, "source (see sources.yml)", true);
			illustration(doc);
		}

		/** The figure: every exercise shows one on its pages (docs/content-guide.md, "Illustration"). */
		private void illustration(ExerciseDocument doc) {
			if (doc.illustration() == null) {
				add("illustration", "is required: every exercise is drawn (base, keyframes; see docs/content-guide.md, \"Illustration\")");
				return;
			}
			Illustration figure = IllustrationParser.parse(doc.illustration(),
					(field, message) -> add("illustration." + field, message));
			if (figure == null) {
				return;
			}
			boolean oneSided = Boolean.TRUE.equals(doc.asymmetric())
					|| (doc.dosage() != null && Boolean.TRUE.equals(doc.dosage().perSide()));
			for (FigureCheck.Problem problem : FigureCheck.check(figure, oneSided)) {
				add("illustration." + problem.field(), problem.message());
			}
		}

		void learnPage(LearnDocument doc, Set<String> exerciseSlugs, Set<String> sourceKeys) {
			LearnDocument.FrontMatter front = doc.frontMatter();
			slug(front.slug());
			text("title", front.title());
			text("summary", front.summary());
			code("kind", front.kind(), LearnKind.class);
			present("order", front.order());
			text("(body)", doc.markdown());
			references("related", front.related(), exerciseSlugs, "exercise", false);
			references("sources", front.sources(), sourceKeys, "source (see sources.yml)", true);
		}

		void routine(RoutineDocument doc, Map<String, ExerciseDocument> exercises, Set<String> sourceKeys) {
			slug(doc.slug());
			text("title", doc.title());
			text("summary", doc.summary());
			text("description", doc.description());
			if (doc.phase() != null && !PHASES.contains(doc.phase())) {
				add("phase", "must be 1, 2 or 3 (or left out for a routine the rules do not choose), not "
						+ doc.phase());
			}
			range("timesPerWeek", doc.timesPerWeek(), 1, 7);
			code("timeOfDay", doc.timeOfDay(), TimeOfDay.class);
			references("sources", doc.sources(), sourceKeys, "source (see sources.yml)", true);
			if (doc.exercises() == null || doc.exercises().isEmpty()) {
				add("exercises", "a routine needs at least one exercise");
				return;
			}
			for (int i = 0; i < doc.exercises().size(); i++) {
				item("exercises[" + i + "]", doc.exercises().get(i), doc.phase(), exercises);
			}
		}

		private void item(String field, ItemDocument item, Integer phase, Map<String, ExerciseDocument> exercises) {
			if (item == null || isBlank(item.slug())) {
				add(field + ".slug", "is required");
				return;
			}
			ExerciseDocument exercise = exercises.get(item.slug());
			if (exercise == null) {
				add(field + ".slug", "names the exercise '" + item.slug() + "', which does not exist");
				return;
			}
			positive(field + ".sets", item.sets());
			positive(field + ".reps", item.reps());
			positive(field + ".holdSeconds", item.holdSeconds());
			notNegative(field + ".restSeconds", item.restSeconds());
			if (phase != null && exercise.phases() != null && !exercise.phases().contains(phase)) {
				add(field + ".slug", "'" + item.slug() + "' does not list phase " + phase + " in its phases");
			}
			// Phase 1 is what a mother may do before her postnatal check; nothing else belongs in it.
			if (Integer.valueOf(1).equals(phase) && !Boolean.TRUE.equals(exercise.beforeClearance())) {
				add(field + ".slug", "'" + item.slug()
						+ "' is not marked beforeClearance, so it cannot be part of a phase 1 routine");
			}
		}

		private void dosage(DosageDocument dosage) {
			if (dosage == null) {
				add("dosage", "is required (sets, reps or holdSeconds, perSide, restSeconds, note)");
				return;
			}
			if (dosage.sets() == null) {
				add("dosage.sets", "is required");
			}
			positive("dosage.sets", dosage.sets());
			if (dosage.reps() == null && dosage.holdSeconds() == null) {
				add("dosage.reps", "a dosage needs reps, holdSeconds or both");
			}
			positive("dosage.reps", dosage.reps());
			positive("dosage.holdSeconds", dosage.holdSeconds());
			present("dosage.perSide", dosage.perSide());
			present("dosage.restSeconds", dosage.restSeconds());
			notNegative("dosage.restSeconds", dosage.restSeconds());
			text("dosage.note", dosage.note());
		}

		private void provenance(ProvenanceDocument provenance) {
			if (provenance == null) {
				add("provenance", "is required (steps, repsAndHold and sets, each one of " + CodedEnum.allowed(Origin.class)
						+ ")");
				return;
			}
			code("provenance.steps", provenance.steps(), Origin.class);
			code("provenance.repsAndHold", provenance.repsAndHold(), Origin.class);
			code("provenance.sets", provenance.sets(), Origin.class);
		}

		private void slug(String slug) {
			if (isBlank(slug)) {
				add("slug", "is required");
			}
			else if (!SLUG.matcher(slug).matches()) {
				add("slug", "'" + slug + "' must be lower-case words joined by hyphens");
			}
			else if (!slug.equals(file.name())) {
				add("slug", "'" + slug + "' must match the file name '" + file.name() + "'");
			}
		}

		private void text(String field, String value) {
			if (isBlank(value)) {
				add(field, "is required");
			}
		}

		private void present(String field, Object value) {
			if (value == null) {
				add(field, "is required");
			}
		}

		private boolean nonEmpty(String field, Collection<?> values) {
			if (values == null || values.isEmpty()) {
				add(field, "needs at least one entry");
				return false;
			}
			return true;
		}

		private void texts(String field, List<String> values) {
			if (nonEmpty(field, values)) {
				for (int i = 0; i < values.size(); i++) {
					text(field + "[" + i + "]", values.get(i));
				}
			}
		}

		private <E extends Enum<E> & CodedEnum> void code(String field, String value, Class<E> type) {
			if (isBlank(value)) {
				add(field, "is required (one of " + CodedEnum.allowed(type) + ")");
			}
			else if (CodedEnum.fromCode(type, value).isEmpty()) {
				add(field, "'" + value + "' is not one of " + CodedEnum.allowed(type));
			}
		}

		private void range(String field, Integer value, int min, int max) {
			if (value == null) {
				add(field, "is required (" + min + " to " + max + ")");
			}
			else if (value < min || value > max) {
				add(field, "must be from " + min + " to " + max + ", not " + value);
			}
		}

		private void phases(String field, List<Integer> phases) {
			if (nonEmpty(field, phases)) {
				for (Integer phase : phases) {
					if (phase == null || !PHASES.contains(phase)) {
						add(field, "each phase must be 1, 2 or 3, not " + phase);
					}
				}
			}
		}

		private void positive(String field, Integer value) {
			if (value != null && value < 1) {
				add(field, "must be 1 or more, not " + value);
			}
		}

		private void notNegative(String field, Integer value) {
			if (value != null && value < 0) {
				add(field, "must be 0 or more, not " + value);
			}
		}

		private void neighbour(String field, String slug, String self, Set<String> exerciseSlugs) {
			if (slug == null) {
				return;
			}
			if (slug.equals(self)) {
				add(field, "an exercise cannot be its own " + field);
			}
			else if (!exerciseSlugs.contains(slug)) {
				add(field, "names the exercise '" + slug + "', which does not exist");
			}
		}

		private void references(String field, List<String> values, Set<String> known, String kind,
				boolean required) {
			if (values == null || values.isEmpty()) {
				if (required) {
					add(field, "needs at least one entry");
				}
				return;
			}
			List<String> unknown = values.stream().filter(v -> !known.contains(v)).collect(Collectors.toList());
			if (!unknown.isEmpty()) {
				add(field, "names no known " + kind + ": " + String.join(", ", unknown));
			}
		}

		private void add(String field, String message) {
			problems.add(new ContentProblem(file.path(), field, message));
		}

	}

}
