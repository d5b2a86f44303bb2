package com.postpartum.backcare.practice;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.postpartum.backcare.EmbeddedPostgresSupport;

@SpringBootTest
class PostgresPracticeSessionStoreTest extends PracticeSessionStoreContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.registerDataSource(registry);
	}

}
