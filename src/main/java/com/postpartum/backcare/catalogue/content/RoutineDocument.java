package com.postpartum.backcare.catalogue.content;

import java.util.List;

/** A routine file as written, before validation. */
public record RoutineDocument(String slug, String title, String summary, String description, Integer phase,
		Integer timesPerWeek, String timeOfDay, List<String> sources, List<ItemDocument> exercises) {

	/** One exercise of the routine; the numbers, when given, replace the exercise's own. */
	public record ItemDocument(String slug, Integer sets, Integer reps, Integer holdSeconds, Boolean perSide,
			Integer restSeconds, String note) {
	}

}
