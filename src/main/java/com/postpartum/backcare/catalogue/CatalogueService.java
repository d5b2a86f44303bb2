package com.postpartum.backcare.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;
import com.postpartum.backcare.web.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the catalogue. Returns immutable views built inside the transaction, so no
 * template or JSON writer ever touches a lazy association (open-in-view is off).
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

	private final ExerciseRepository exercises;

	private final RoutineRepository routines;

	private final LearnPageRepository learnPages;

	private final Illustrations illustrations;

	private final Translations translations;

	/** Bounded, since a catalogue may hold thousands of exercises (docs/performance.md, "At scale"). */
	private final Cache<String, ExerciseView> exercisesBySlug = Caffeine.newBuilder().maximumSize(2_000).build();

	CatalogueService(ExerciseRepository exercises, RoutineRepository routines, LearnPageRepository learnPages,
			Illustrations illustrations, Translations translations) {
		this.translations = translations;
		this.exercises = exercises;
		this.routines = routines;
		this.learnPages = learnPages;
		this.illustrations = illustrations;
	}

	private ExerciseView view(Exercise exercise) {
		return ExerciseView.of(exercise, illustrations.url(exercise.getSlug()));
	}

	/** The library's order: by name, then id so that pages never overlap. */
	static final Sort LIBRARY_ORDER = Sort.by("name", "id");

	/** The view in the language of this request. */
	private ExerciseView translated(ExerciseView view) {
		return translations.translate(view, Languages.current());
	}

	/** One page (1-based) of the exercises matching the filter, in the library's order. */
	public Page<ExerciseView> findExercises(ExerciseFilter filter, int page, int size) {
		Locale language = Languages.current();
		PageRequest request = PageRequest.of(page - 1, size, LIBRARY_ORDER);
		if (translations.translates(language)) {
			return translatedPage(filter, request, language);
		}
		Specification<Exercise> matches = filter.toSpecification();
		// The count is left out when the page itself shows there are no more.
		return PageableExecutionUtils
			.getPage(exercises.findPage(matches, request.getOffset(), size), request, () -> exercises.count(matches))
			.map(this::view);
	}

	/**
	 * A library page in another language: sorted by its own names, which the database does not
	 * hold, so the matching slugs are sorted in memory and only the page's rows are read. The
	 * page is kept by the page cache like the English one (docs/performance.md, "Languages").
	 */
	private Page<ExerciseView> translatedPage(ExerciseFilter filter, PageRequest request, Locale language) {
		List<String> ordered = translations.inLibraryOrder(language,
				exercises.findSlugs(filter.toSpecification(translations.matching(language, filter.query()))));
		List<String> onPage = ordered.stream().skip(request.getOffset()).limit(request.getPageSize()).toList();
		Map<String, ExerciseView> rows = exercises(onPage).stream()
			.collect(Collectors.toMap(ExerciseView::slug, Function.identity()));
		return new PageImpl<>(onPage.stream().map(rows::get).filter(Objects::nonNull).toList(), request,
				ordered.size());
	}

	/** Every exercise in the library's order, on one page: the figures' contact sheet. */
	public List<ExerciseView> exercisesInLibraryOrder() {
		Locale language = Languages.current();
		List<ExerciseView> all = exercises.findAll(LIBRARY_ORDER).stream().map(this::view).toList();
		if (!translations.translates(language)) {
			return all;
		}
		Map<String, ExerciseView> bySlug = all.stream()
			.collect(Collectors.toMap(ExerciseView::slug, Function.identity()));
		return translations.inLibraryOrder(language, bySlug.keySet())
			.stream()
			.map(slug -> translations.translate(bySlug.get(slug), language))
			.toList();
	}

	/** The whole catalogue in one language, for the rules service's in-memory copy of it. */
	public List<ExerciseView> allExercises(Locale language) {
		return exercises.findAll().stream().map(this::view).map(view -> translations.translate(view, language)).toList();
	}

	/**
	 * Several exercises by slug, in no particular order: from memory when seen since the
	 * catalogue was last loaded, the rest in a fixed number of queries. Every signed-in /today
	 * shows a dozen, and they change only with the content (docs/performance.md, "Signed-in pages").
	 */
	public List<ExerciseView> exercises(java.util.Collection<String> slugs) {
		return exercisesBySlug.getAll(slugs, missing -> exercises.findBySlugIn(Set.copyOf(missing))
			.stream()
			.map(this::view)
			.collect(Collectors.toMap(ExerciseView::slug, Function.identity())))
			.values()
			.stream()
			.map(this::translated)
			.toList();
	}

	@EventListener
	void catalogueLoaded(CatalogueLoadedEvent event) {
		exercisesBySlug.invalidateAll();
	}

	public Optional<ExerciseView> exercise(String slug) {
		return exercises.findBySlug(slug).map(this::view).map(this::translated);
	}

	public Optional<ExerciseDetails> exerciseDetails(String slug) {
		return exercises.findBySlug(slug).map(exercise -> {
			Map<String, String> neighbours = exercises
				.findBySlugIn(Stream.of(exercise.getRegression(), exercise.getProgression())
					.filter(Objects::nonNull)
					.toList())
				.stream()
				.collect(Collectors.toMap(Exercise::getSlug, Exercise::getName));
			List<CatalogueLink> related = learnPages.findBySlugIn(exercise.getRelated())
				.stream()
				.map(page -> new CatalogueLink(page.getSlug(), page.getTitle()))
				.toList();
			List<CatalogueLink> usedIn = routines.findLinksUsing(exercise.getSlug());
			Locale language = Languages.current();
			return new ExerciseDetails(translated(view(exercise)),
					translations.exerciseLink(link(exercise.getRegression(), neighbours), language),
					translations.exerciseLink(link(exercise.getProgression(), neighbours), language),
					translations.learnLinks(related, language), translations.routineLinks(usedIn, language));
		});
	}

	public List<RoutineView> routines() {
		return routines(Languages.current());
	}

	public List<RoutineView> routines(Locale language) {
		return routines.findAllWithItems()
			.stream()
			.map(RoutineView::of)
			.map(routine -> translations.translate(routine, language))
			.toList();
	}

	public Optional<RoutineView> routine(String slug) {
		return routines.findWithItemsBySlug(slug)
			.map(RoutineView::of)
			.map(routine -> translations.translate(routine, Languages.current()));
	}

	public List<LearnPageView> learnPages() {
		return learnPages.findAllByOrderBySortOrderAscTitleAsc()
			.stream()
			.map(page -> new LearnPageView(page.getSlug(), page.getTitle(), page.getSummary(), page.getKind(), null,
					List.of(), page.getSources()))
			.map(page -> translations.translate(page, Languages.current()))
			.toList();
	}

	public Optional<LearnPageView> learnPage(String slug) {
		return learnPages.findBySlug(slug).map(page -> {
			Map<String, Exercise> related = exercises.findBySlugIn(page.getRelated())
				.stream()
				.collect(Collectors.toMap(Exercise::getSlug, Function.identity()));
			List<CatalogueLink> links = page.getRelated()
				.stream()
				.map(related::get)
				.filter(Objects::nonNull)
				.map(exercise -> new CatalogueLink(exercise.getSlug(), exercise.getName()))
				.toList();
			return translations.translate(new LearnPageView(page.getSlug(), page.getTitle(), page.getSummary(),
					page.getKind(), page.getBodyHtml(), links, page.getSources()), Languages.current());
		});
	}

	private static CatalogueLink link(String slug, Map<String, String> names) {
		return slug == null || !names.containsKey(slug) ? null : new CatalogueLink(slug, names.get(slug));
	}

}
