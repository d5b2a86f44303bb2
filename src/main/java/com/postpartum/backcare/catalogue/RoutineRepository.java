package com.postpartum.backcare.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoutineRepository extends JpaRepository<Routine, Long> {

	/** One routine with its steps and their exercises in a single query. */
	@Query("select distinct r from Routine r left join fetch r.steps s left join fetch s.exercise where r.slug = :slug")
	Optional<Routine> findWithStepsBySlug(String slug);

	/** Every routine with steps and exercises, phase routines first. */
	@Query("select distinct r from Routine r left join fetch r.steps s left join fetch s.exercise order by r.phase nulls last, r.title")
	List<Routine> findAllWithSteps();

	Optional<Routine> findBySlug(String slug);

	/** The routines an exercise appears in, for the exercise page's "part of" links. */
	@Query("select distinct new com.postpartum.backcare.catalogue.Link(r.slug, r.title) from Routine r join r.steps s where s.exercise.slug = :exerciseSlug order by r.title")
	List<Link> findLinksUsing(String exerciseSlug);

}
