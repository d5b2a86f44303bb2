package com.postpartum.backcare.account;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.postpartum.backcare.EmbeddedPostgresSupport;

@SpringBootTest
class PostgresReminderStoreTest extends ReminderStoreContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.registerDataSource(registry);
	}

}
