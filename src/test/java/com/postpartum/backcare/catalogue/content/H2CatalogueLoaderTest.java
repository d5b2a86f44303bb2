package com.postpartum.backcare.catalogue.content;

import org.springframework.boot.test.context.SpringBootTest;

/** The loader on the default H2 database. */
@SpringBootTest
class H2CatalogueLoaderTest extends CatalogueLoaderContract {

}
