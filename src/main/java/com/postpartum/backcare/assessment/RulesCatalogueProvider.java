package com.postpartum.backcare.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.assessment.RulesCatalogue.DosageFacts;
import com.postpartum.backcare.assessment.RulesCatalogue.ExerciseFacts;
import com.postpartum.backcare.assessment.RulesCatalogue.RoutineFacts;
import com.postpartum.backcare.catalogue.CatalogueLoadedEvent;
import com.postpartum.backcare.catalogue.CatalogueProperties;
import com.postpartum.backcare.catalogue.CatalogueService;
import com.postpartum.backcare.catalogue.ExerciseView;
import com.postpartum.backcare.catalogue.RoutineView;
import com.postpartum.backcare.content.ContentFolderReader;
import com.postpartum.backcare.web.Languages;

/**
 * Keeps the rules' view of the catalogue in memory: built whenever the catalogue is
 * loaded, so assessing an intake never touches the database.
 */
@Component
class RulesCatalogueProvider {

	private final CatalogueService catalogue;

	private final FlagContent flags;

	private final List<Locale> languages;

	/** One copy per language: the same facts, with the exercises' names and the flags' words in it. */
	private volatile Map<Locale, RulesCatalogue> current;

	RulesCatalogueProvider(CatalogueService catalogue, CatalogueProperties properties,
			ResourcePatternResolver resolver, Languages languages) {
		this.catalogue = catalogue;
		this.languages = languages.supported();
		this.flags = FlagContent.read(new ContentFolderReader(resolver, properties.contentLocation()), this.languages);
	}

	@EventListener
	void catalogueLoaded(CatalogueLoadedEvent event) {
		current = build();
	}

	/** The rules' catalogue in English: the words stored with an assessment. */
	RulesCatalogue current() {
		return current(Locale.ENGLISH);
	}

	/** The rules' catalogue in a language of the app; English for any other. */
	RulesCatalogue current(Locale language) {
		Map<Locale, RulesCatalogue> snapshot = current;
		if (snapshot == null) {
			snapshot = build();
			current = snapshot;
		}
		RulesCatalogue inLanguage = snapshot.get(Locale.forLanguageTag(language.getLanguage()));
		return inLanguage != null ? inLanguage : snapshot.get(Locale.ENGLISH);
	}

	FlagContent flags() {
		return flags;
	}

	private Map<Locale, RulesCatalogue> build() {
		Map<Locale, RulesCatalogue> catalogues = new HashMap<>();
		for (Locale language : languages) {
			catalogues.put(Locale.forLanguageTag(language.getLanguage()), build(language));
		}
		return Map.copyOf(catalogues);
	}

	private RulesCatalogue build(Locale language) {
		Map<String, ExerciseFacts> exercises = catalogue.allExercises(language)
			.stream()
			.map(RulesCatalogueProvider::facts)
			.collect(Collectors.toMap(ExerciseFacts::slug, Function.identity()));
		Map<Integer, RoutineFacts> phases = catalogue.routines(language)
			.stream()
			.filter(RoutineView::isPhaseRoutine)
			.collect(Collectors.toMap(RoutineView::phase, RulesCatalogueProvider::phaseRoutine));
		return new RulesCatalogue(phases, exercises, flags.texts(language));
	}

	/** The rules' plain view of one exercise. */
	static ExerciseFacts facts(ExerciseView e) {
		return new ExerciseFacts(e.slug(), e.name(), e.summary(), e.category(), e.abdominalLoad(), e.pelvicFloorLoad(),
				e.asymmetric(), e.beforeClearance(), e.difficulty(), e.regression(),
				new DosageFacts(e.slug(), e.dosage().sets(), e.dosage().reps(), e.dosage().holdSeconds(), e.dosage().perSide(),
						e.dosage().restSeconds()));
	}

	private static RoutineFacts phaseRoutine(RoutineView routine) {
		return new RoutineFacts(routine.slug(), routine.title(), routine.phase(), routine.timesPerWeek(),
				routine.exercises()
					.stream()
					.map(item -> new DosageFacts(item.slug(), item.sets(), item.reps(), item.holdSeconds(), item.perSide(),
							item.restSeconds()))
					.toList());
	}

}
