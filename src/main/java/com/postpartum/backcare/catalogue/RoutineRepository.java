package com.postpartum.backcare.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoutineRepository extends JpaRepository<Routine, Long> {

	/** One routine with its items and their exercises in a single query. */
	@Query("select distinct r from Routine r left join fetch r.items i left join fetch i.exercise where r.slug = :slug")
	Optional<Routine> findWithItemsBySlug(String slug);

	/** Every routine with items and exercises, phase routines first. */
	@Query("select distinct r from Routine r left join fetch r.items i left join fetch i.exercise order by r.phase nulls last, r.title")
	List<Routine> findAllWithItems();

	/** The routines an exercise appears in, for the exercise page's "part of" links. */
	@Query("select distinct new com.postpartum.backcare.catalogue.CatalogueLink(r.slug, r.title) from Routine r join r.items i where i.exercise.slug = :exerciseSlug order by r.title")
	List<CatalogueLink> findLinksUsing(String exerciseSlug);

}
