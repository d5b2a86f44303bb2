package com.postpartum.backcare.catalogue.content;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.postpartum.backcare.EmbeddedPostgresSupport;

/** The loader, and so the Flyway migrations, on a real PostgreSQL server. */
@SpringBootTest
class PostgresCatalogueLoaderTest extends CatalogueLoaderContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.registerDataSource(registry);
	}

}
