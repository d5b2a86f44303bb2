package com.postpartum.backcare.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TempoTest {

	@Test
	void aRepIsMoveHoldAndReturn() {
		Tempo tempo = Tempo.of(Category.GLUTES, 5);
		assertThat(tempo).isEqualTo(new Tempo(2, 5, 2));
		assertThat(tempo.repSeconds()).isEqualTo(9);
		assertThat(Tempo.of(Category.CORE, null).repSeconds()).isEqualTo(4);
	}

	@Test
	void breathingFollowsABreathWithALongerBreathOut() {
		Tempo tempo = Tempo.of(Category.BREATHING, null);
		assertThat(tempo.moveSeconds()).isLessThan(tempo.returnSeconds());
		assertThat(tempo.repSeconds()).isEqualTo(10);
	}

}
