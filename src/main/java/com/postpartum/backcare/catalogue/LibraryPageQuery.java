package com.postpartum.backcare.catalogue;

import java.util.List;

import org.springframework.data.jpa.domain.Specification;

/** The exercises of one library page, in the library's order (a fragment of {@link ExerciseRepository}). */
interface LibraryPageQuery {

	List<Exercise> findPage(Specification<Exercise> filter, long offset, int size);

	/** The slugs of every matching exercise, in no order: a translated library sorts them by its own names. */
	List<String> findSlugs(Specification<Exercise> filter);

}
