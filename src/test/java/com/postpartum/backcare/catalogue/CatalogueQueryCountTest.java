package com.postpartum.backcare.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Each page runs a fixed number of SQL statements however many rows it shows: no query
 * per row (N+1). Counted with Hibernate's statistics.
 */
@SpringBootTest
class CatalogueQueryCountTest {

	@Autowired
	CatalogueService catalogue;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void resetStatistics() {
		statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
	}

	@Test
	void aLibraryPageCostsTheSameStatementsForThreeOrThirtyExercises() {
		long small = statementsFor(() -> catalogue.findExercises(ExerciseFilter.none(), 1, 3));
		long large = statementsFor(() -> catalogue.findExercises(ExerciseFilter.none(), 1, 30));
		assertThat(large).isEqualTo(small);
		// the page, the total count, then equipment and phases each in one batch
		assertThat(large).isLessThanOrEqualTo(4);
	}

	@Test
	void aFilteredLibraryPageStaysFlat() {
		ExerciseFilter filter = ExerciseFilter.parse("b", null, null, "2", null, "none");
		long statements = statementsFor(() -> catalogue.findExercises(filter, 1, 30));
		assertThat(statements).isLessThanOrEqualTo(4);
	}

	@Test
	void allRoutinesWithAllTheirExercisesAreOneStatement() {
		assertThat(statementsFor(() -> assertThat(catalogue.routines()).isNotEmpty())).isEqualTo(1);
	}

	@Test
	void anExercisePageNeedsAHandfulOfStatements() {
		// exercise, its collections, neighbours, related pages, routines using it
		assertThat(statementsFor(() -> assertThat(catalogue.exerciseDetails("glute-bridge")).isPresent()))
			.isLessThanOrEqualTo(6);
	}

	private long statementsFor(Runnable work) {
		statistics.clear();
		work.run();
		return statistics.getPrepareStatementCount();
	}

}
