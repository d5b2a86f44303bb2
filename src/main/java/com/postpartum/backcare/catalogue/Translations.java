package com.postpartum.backcare.catalogue;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The catalogue's words in the other languages (docs/content-guide.md, "Translations"), kept in
 * memory beside the English rows: a few hundred KB for every language, replaced at each load.
 * Views are built in English from the database and translated on the way out, so queries,
 * caches of views and the rules stay one per catalogue, not one per language.
 */
@Component
public class Translations {

	/** One exercise's words; each list has as many entries as the English one. */
	public record ExerciseWords(String name, String summary, String purpose, List<String> muscles,
			List<String> steps, List<String> cues, List<String> mistakes, @Nullable String dosageNote,
			List<String> stopIf, List<String> keyframes) {
	}

	public record RoutineWords(String title, String summary, String description, Map<String, String> notes) {
	}

	public record LearnWords(String title, String summary, String bodyHtml) {
	}

	/** One language's words, by slug. */
	public record Language(Map<String, ExerciseWords> exercises, Map<String, RoutineWords> routines,
			Map<String, LearnWords> learnPages) {

		public Language {
			exercises = Map.copyOf(exercises);
			routines = Map.copyOf(routines);
			learnPages = Map.copyOf(learnPages);
		}

	}

	private static final Language NONE = new Language(Map.of(), Map.of(), Map.of());

	private volatile Map<String, Language> languages = Map.of();

	/** Takes a new load's translations, by language code ("es"); called by the catalogue loader. */
	public void replace(Map<String, Language> loaded) {
		languages = Map.copyOf(loaded);
	}

	Language in(Locale locale) {
		return locale == null ? NONE : languages.getOrDefault(locale.getLanguage(), NONE);
	}

	public @Nullable ExerciseWords exercise(Locale locale, String slug) {
		return in(locale).exercises().get(slug);
	}

	ExerciseView translate(ExerciseView e, Locale locale) {
		ExerciseWords w = exercise(locale, e.slug());
		if (w == null) {
			return e;
		}
		Dosage d = e.dosage();
		return new ExerciseView(e.slug(), w.name(), w.summary(), w.purpose(), e.category(), e.position(), e.equipment(),
				e.difficulty(), e.phases(), w.muscles(), w.steps(), w.cues(), w.mistakes(),
				new Dosage(d.sets(), d.reps(), d.holdSeconds(), d.perSide(), d.restSeconds(),
						d.note() == null ? null : w.dosageNote()),
				e.abdominalLoad(), e.pelvicFloorLoad(), e.asymmetric(), e.beforeClearance(), e.regression(),
				e.progression(), w.stopIf(), e.related(), e.sources(), e.provenance(), e.illustrationUrl());
	}

	RoutineView translate(RoutineView r, Locale locale) {
		Language language = in(locale);
		if (language == NONE) {
			return r;
		}
		RoutineWords w = language.routines().get(r.slug());
		List<RoutineView.Item> items = r.exercises().stream().map(item -> {
			ExerciseWords e = language.exercises().get(item.slug());
			String note = item.note() == null || w == null ? item.note() : w.notes().getOrDefault(item.slug(), item.note());
			return new RoutineView.Item(item.slug(), e == null ? item.name() : e.name(),
					e == null ? item.summary() : e.summary(), item.sets(), item.reps(), item.holdSeconds(), item.perSide(),
					item.restSeconds(), note);
		}).toList();
		return w == null
				? new RoutineView(r.slug(), r.title(), r.summary(), r.description(), r.phase(), r.timesPerWeek(),
						r.timeOfDay(), r.estimatedMinutes(), r.sources(), items)
				: new RoutineView(r.slug(), w.title(), w.summary(), w.description(), r.phase(), r.timesPerWeek(),
						r.timeOfDay(), r.estimatedMinutes(), r.sources(), items);
	}

	LearnPageView translate(LearnPageView p, Locale locale) {
		Language language = in(locale);
		LearnWords w = language.learnPages().get(p.slug());
		List<CatalogueLink> related = links(p.relatedExercises(), slug -> {
			ExerciseWords e = language.exercises().get(slug);
			return e == null ? null : e.name();
		});
		return w == null ? new LearnPageView(p.slug(), p.title(), p.summary(), p.kind(), p.bodyHtml(), related, p.sources())
				: new LearnPageView(p.slug(), w.title(), w.summary(), p.kind(), p.bodyHtml() == null ? null : w.bodyHtml(),
						related, p.sources());
	}

	/** The exercises whose words in this language hold the query, ignoring case and accents ("basculacion"). */
	Set<String> matching(Locale locale, String query) {
		if (query == null) {
			return Set.of();
		}
		String wanted = plain(query, locale);
		return in(locale).exercises()
			.entrySet()
			.stream()
			.filter(entry -> plain(entry.getValue().name(), locale).contains(wanted)
					|| plain(entry.getValue().summary(), locale).contains(wanted)
					|| plain(entry.getValue().purpose(), locale).contains(wanted))
			.map(Map.Entry::getKey)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The library's order in this language: by the translated name, as its readers sort ("ñ" after "n"). */
	List<String> inLibraryOrder(Locale locale, Collection<String> slugs) {
		Language language = in(locale);
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.SECONDARY);
		Comparator<String> byName = Comparator.comparing(slug -> {
			ExerciseWords w = language.exercises().get(slug);
			return w == null ? slug : w.name();
		}, collator);
		return slugs.stream().sorted(byName.thenComparing(Comparator.naturalOrder())).toList();
	}

	boolean translates(Locale locale) {
		return in(locale) != NONE;
	}

	private static String plain(String text, Locale locale) {
		return text == null ? ""
				: Normalizer.normalize(text.toLowerCase(locale), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	/** Links to exercises, learn pages or routines, named in the language. */
	CatalogueLink exerciseLink(@Nullable CatalogueLink link, Locale locale) {
		ExerciseWords w = link == null ? null : exercise(locale, link.slug());
		return w == null ? link : new CatalogueLink(link.slug(), w.name());
	}

	List<CatalogueLink> learnLinks(List<CatalogueLink> links, Locale locale) {
		Language language = in(locale);
		return links(links, slug -> {
			LearnWords w = language.learnPages().get(slug);
			return w == null ? null : w.title();
		});
	}

	List<CatalogueLink> routineLinks(List<CatalogueLink> links, Locale locale) {
		Language language = in(locale);
		return links(links, slug -> {
			RoutineWords w = language.routines().get(slug);
			return w == null ? null : w.title();
		});
	}

	private static List<CatalogueLink> links(List<CatalogueLink> links, UnaryOperator<String> titleOf) {
		return links.stream().map(link -> {
			String title = titleOf.apply(link.slug());
			return title == null ? link : new CatalogueLink(link.slug(), title);
		}).toList();
	}

}
