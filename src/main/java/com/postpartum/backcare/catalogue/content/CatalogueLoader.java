package com.postpartum.backcare.catalogue.content;

import com.postpartum.backcare.catalogue.CatalogueLoadedEvent;
import com.postpartum.backcare.catalogue.CatalogueProperties;
import com.postpartum.backcare.catalogue.Category;
import com.postpartum.backcare.catalogue.CodedEnum;
import com.postpartum.backcare.catalogue.Dosage;
import com.postpartum.backcare.catalogue.Equipment;
import com.postpartum.backcare.catalogue.Exercise;
import com.postpartum.backcare.catalogue.Illustrations;
import com.postpartum.backcare.catalogue.ExerciseRepository;
import com.postpartum.backcare.catalogue.LearnKind;
import com.postpartum.backcare.catalogue.LearnPage;
import com.postpartum.backcare.catalogue.LearnPageRepository;
import com.postpartum.backcare.catalogue.Load;
import com.postpartum.backcare.catalogue.Origin;
import com.postpartum.backcare.catalogue.Position;
import com.postpartum.backcare.catalogue.Provenance;
import com.postpartum.backcare.catalogue.Routine;
import com.postpartum.backcare.catalogue.RoutineRepository;
import com.postpartum.backcare.catalogue.RoutineItem;
import com.postpartum.backcare.catalogue.TimeOfDay;
import com.postpartum.backcare.catalogue.Translations;
import com.postpartum.backcare.web.Languages;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.postpartum.backcare.content.ContentFile;
import com.postpartum.backcare.content.ContentProblem;
import com.postpartum.backcare.catalogue.content.ContentReader;
import com.postpartum.backcare.catalogue.content.ContentSet;
import com.postpartum.backcare.catalogue.content.ContentValidator;
import com.postpartum.backcare.catalogue.content.ExerciseDocument;
import com.postpartum.backcare.content.InvalidContentException;
import com.postpartum.backcare.catalogue.content.LearnDocument;
import com.postpartum.backcare.catalogue.content.RoutineDocument;
import com.postpartum.backcare.catalogue.content.SourceDocument;

/**
 * Reads, validates and loads the content into the catalogue tables before the web server
 * starts taking requests. Loading is an upsert by slug: a restart or a content change
 * updates rows and removes what the content no longer has, never duplicates.
 */
@Component
class CatalogueLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(CatalogueLoader.class);

	private final ResourcePatternResolver resolver;

	private final CatalogueProperties properties;

	private final ExerciseRepository exercises;

	private final RoutineRepository routines;

	private final LearnPageRepository learnPages;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Illustrations illustrations;

	private final Translations translations;

	private final Languages languages;

	private final Parser markdown = Parser.builder().build();

	// Content is trusted, but raw HTML in Markdown is still escaped: pages carry no markup of their own.
	private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	CatalogueLoader(ResourcePatternResolver resolver, CatalogueProperties properties, ExerciseRepository exercises,
			RoutineRepository routines, LearnPageRepository learnPages, TransactionTemplate transaction,
			ApplicationEventPublisher events, Illustrations illustrations, Translations translations,
			Languages languages) {
		this.translations = translations;
		this.languages = languages;
		this.resolver = resolver;
		this.properties = properties;
		this.exercises = exercises;
		this.routines = routines;
		this.learnPages = learnPages;
		this.transaction = transaction;
		this.events = events;
		this.illustrations = illustrations;
	}

	@Override
	public void afterSingletonsInstantiated() {
		load();
	}

	void load() {
		load(properties.contentLocation());
	}

	/** Reads and validates everything first, so invalid content changes nothing. */
	void load(String location) {
		long start = System.nanoTime();
		ContentSet content = new ContentReader(resolver, location).read(languages.supported());
		List<ContentProblem> problems = new ContentValidator().validate(content);
		problems.addAll(new TranslationValidator().validate(content));
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		transaction.executeWithoutResult(status -> store(content));
		illustrations.replace(illustrationSources(content));
		translations.replace(content.translations()
			.stream()
			.collect(Collectors.toMap(set -> set.language().getLanguage(), this::words)));
		events.publishEvent(new CatalogueLoadedEvent());
		log.info("Catalogue loaded from {}: {} exercises, {} routines, {} learn pages in {} ms", location, content.exercises().size(), content.routines().size(),
				content.learnPages().size(), (System.nanoTime() - start) / 1_000_000);
	}

	private void store(ContentSet content) {
		Map<String, String> sourceTitles = content.sources()
			.stream()
			.collect(Collectors.toMap(SourceDocument::key, SourceDocument::title));
		Function<List<String>, List<String>> titles = keys -> keys.stream().map(sourceTitles::get).toList();

		Map<String, Exercise> existingExercises = bySlug(exercises.findAll(), Exercise::getSlug);
		for (ContentFile<ExerciseDocument> file : content.exercises()) {
			ExerciseDocument doc = file.document();
			Exercise exercise = existingExercises.remove(doc.slug());
			if (exercise == null) {
				exercise = new Exercise(doc.slug());
			}
			exercise.update(toExercise(doc, titles));
			exercises.save(exercise);
		}
		Map<String, Exercise> exercisesBySlug = bySlug(exercises.findAll(), Exercise::getSlug);

		Map<String, Routine> existingRoutines = bySlug(routines.findAll(), Routine::getSlug);
		for (ContentFile<RoutineDocument> file : content.routines()) {
			RoutineDocument doc = file.document();
			Routine routine = existingRoutines.remove(doc.slug());
			if (routine == null) {
				routine = new Routine(doc.slug());
			}
			routine.describe(doc.title(), doc.summary(), doc.description(), doc.phase(), doc.timesPerWeek(),
					CodedEnum.fromCode(TimeOfDay.class, doc.timeOfDay()).orElseThrow(), titles.apply(doc.sources()));
			routine.replaceItems(doc.exercises()
				.stream()
				.map(item -> new RoutineItem(exercisesBySlug.get(item.slug()), item.sets(), item.reps(),
						item.holdSeconds(), item.perSide(), item.restSeconds(), item.note()))
				.toList());
			routines.save(routine);
		}
		routines.deleteAll(existingRoutines.values());
		// Removed only after the routines stopped pointing at them.
		routines.flush();
		exercises.deleteAll(existingExercises.values());

		Map<String, LearnPage> existingPages = bySlug(learnPages.findAll(), LearnPage::getSlug);
		for (ContentFile<LearnDocument> file : content.learnPages()) {
			LearnDocument.FrontMatter front = file.document().frontMatter();
			LearnPage page = existingPages.remove(front.slug());
			if (page == null) {
				page = new LearnPage(front.slug());
			}
			page.update(front.title(), front.summary(), CodedEnum.fromCode(LearnKind.class, front.kind()).orElseThrow(),
					front.order(), html.render(markdown.parse(file.document().markdown())), orEmpty(front.related()),
					titles.apply(front.sources()));
			learnPages.save(page);
		}
		learnPages.deleteAll(existingPages.values());
	}

	/** One language's words as pages show them: the learn pages' Markdown rendered once, here. */
	private Translations.Language words(TranslationSet set) {
		return new Translations.Language(
				set.exercises().stream().collect(Collectors.toMap(ContentFile::name, file -> {
					TranslationSet.ExerciseText t = file.document();
					return new Translations.ExerciseWords(t.name(), t.summary(), t.purpose(), t.muscles(), t.steps(),
							t.cues(), t.mistakes(), t.dosageNote(), t.stopIf(), orEmpty(t.keyframes()));
				})),
				set.routines().stream().collect(Collectors.toMap(ContentFile::name, file -> {
					TranslationSet.RoutineText t = file.document();
					return new Translations.RoutineWords(t.title(), t.summary(), t.description(),
							t.notes() == null ? Map.of() : t.notes());
				})),
				set.learnPages().stream().collect(Collectors.toMap(ContentFile::name, file -> {
					TranslationSet.LearnText t = file.document();
					return new Translations.LearnWords(t.frontMatter().title(), t.frontMatter().summary(),
							html.render(markdown.parse(t.markdown())));
				})));
	}

	private static Exercise toExercise(ExerciseDocument doc, Function<List<String>, List<String>> titles) {
		ExerciseDocument.DosageDocument d = doc.dosage();
		EnumSet<Equipment> equipment = EnumSet.noneOf(Equipment.class);
		doc.equipment().forEach(code -> equipment.add(CodedEnum.fromCode(Equipment.class, code).orElseThrow()));
		return new Exercise(doc.slug()).describedAs(doc.name(), doc.summary(), doc.purpose())
			.classifiedAs(CodedEnum.fromCode(Category.class, doc.category()).orElseThrow(),
					CodedEnum.fromCode(Position.class, doc.position()).orElseThrow(), equipment, doc.difficulty(),
					new LinkedHashSet<>(doc.phases()), doc.muscles())
			.instructedBy(doc.steps(), doc.cues(), doc.mistakes(), new Dosage(d.sets(), d.reps(), d.holdSeconds(),
					d.perSide(), d.restSeconds(), d.note()))
			.withSafety(CodedEnum.fromCode(Load.class, doc.abdominalLoad()).orElseThrow(),
					CodedEnum.fromCode(Load.class, doc.pelvicFloorLoad()).orElseThrow(), doc.asymmetric(),
					doc.beforeClearance(), doc.regression(), doc.progression(), doc.stopIf())
			.citing(titles.apply(doc.sources()), provenance(doc.provenance()), orEmpty(doc.related()));
	}

	/** The figures of the exercises that have one, drawn once here (docs/content-guide.md, "Illustration"). */
	private static List<Illustrations.Source> illustrationSources(ContentSet content) {
		return content.exercises().stream().map(ContentFile::document).filter(doc -> doc.illustration() != null)
			.map(doc -> new Illustrations.Source(doc.slug(), doc.name(),
					CodedEnum.fromCode(Category.class, doc.category()).orElseThrow(), doc.dosage().holdSeconds(),
					doc.muscles(), IllustrationParser.parse(doc.illustration(), (field, message) -> {
						throw new IllegalStateException("validated illustration: " + field + " " + message);
					})))
			.toList();
	}

	private static Provenance provenance(ExerciseDocument.ProvenanceDocument p) {
		return new Provenance(origin(p.steps()), origin(p.repsAndHold()), origin(p.sets()));
	}

	private static Origin origin(String code) {
		return CodedEnum.fromCode(Origin.class, code).orElseThrow();
	}

	private static List<String> orEmpty(List<String> values) {
		return values == null ? List.of() : values;
	}

	private static <T> Map<String, T> bySlug(List<T> items, Function<T, String> slug) {
		return items.stream().collect(Collectors.toMap(slug, Function.identity()));
	}

}
