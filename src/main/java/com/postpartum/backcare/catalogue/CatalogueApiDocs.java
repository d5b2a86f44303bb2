package com.postpartum.backcare.catalogue;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import com.postpartum.backcare.web.ApiDocs;

import io.swagger.v3.oas.models.OpenAPI;

/** The catalogue's answers as written: every field present, the optional ones null (docs/content-guide.md). */
@Component
class CatalogueApiDocs implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		ApiDocs.describeRecords(openApi, CatalogueApiController.ExerciseList.class, ExerciseView.class, Dosage.class,
				Provenance.class, RoutineView.class, RoutineView.Item.class);
	}

}
