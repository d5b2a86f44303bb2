package com.postpartum.backcare.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.postpartum.backcare.web.OfflinePages;

/** The whole catalogue, kept by the service worker so her session's links work offline. */
@Component
class CatalogueOfflinePages implements OfflinePages {

	private final CatalogueService catalogue;

	private final Illustrations illustrations;

	CatalogueOfflinePages(CatalogueService catalogue, Illustrations illustrations) {
		this.catalogue = catalogue;
		this.illustrations = illustrations;
	}

	@Override
	public List<String> addresses() {
		List<String> addresses = new ArrayList<>(List.of("/exercises", "/routines", "/learn"));
		for (ExerciseView exercise : catalogue.exercisesInLibraryOrder()) {
			addresses.add("/exercises/" + exercise.slug());
			if (illustrations.has(exercise.slug())) {
				addresses.add("/exercises/" + exercise.slug() + "/illustration.svg");
			}
		}
		catalogue.routines().forEach(routine -> addresses.add("/routines/" + routine.slug()));
		catalogue.learnPages().forEach(page -> addresses.add("/learn/" + page.slug()));
		return addresses;
	}

}
