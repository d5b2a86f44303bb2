package com.postpartum.backcare.assessment;

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

/**
 * Keeps the rules' view of the catalogue in memory: built whenever the catalogue is
 * loaded, so assessing an intake never touches the database.
 */
@Component
class RulesCatalogueProvider {

	private final CatalogueService catalogue;

	private final FlagContent flags;

	private volatile RulesCatalogue current;

	RulesCatalogueProvider(CatalogueService catalogue, CatalogueProperties properties,
			ResourcePatternResolver resolver) {
		this.catalogue = catalogue;
		this.flags = FlagContent.of(
				new ContentFolderReader(resolver, properties.contentLocation()).readFolder("flags", FlagDocument.class));
	}

	@EventListener
	void catalogueLoaded(CatalogueLoadedEvent event) {
		current = build();
	}

	RulesCatalogue current() {
		RulesCatalogue snapshot = current;
		if (snapshot == null) {
			snapshot = build();
			current = snapshot;
		}
		return snapshot;
	}

	FlagContent flags() {
		return flags;
	}

	private RulesCatalogue build() {
		Map<String, ExerciseFacts> exercises = catalogue.allExercises()
			.stream()
			.map(RulesCatalogueProvider::facts)
			.collect(Collectors.toMap(ExerciseFacts::slug, Function.identity()));
		Map<Integer, RoutineFacts> phases = catalogue.routines()
			.stream()
			.filter(RoutineView::isPhaseRoutine)
			.collect(Collectors.toMap(RoutineView::phase, RulesCatalogueProvider::phaseRoutine));
		return new RulesCatalogue(phases, exercises, flags.texts());
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
