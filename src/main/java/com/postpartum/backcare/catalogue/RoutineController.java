package com.postpartum.backcare.catalogue;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Curated routines, readable and printable without an account. */
@Controller
class RoutineController {

	static final String LIST_VIEW = "routines/list";

	static final String DETAIL_VIEW = "routines/detail";

	private final CatalogueService catalogue;

	RoutineController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/routines")
	String list(Model model) {
		model.addAttribute("routines", catalogue.routines());
		return LIST_VIEW;
	}

	@GetMapping("/routines/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("routine",
				catalogue.routine(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return DETAIL_VIEW;
	}

}
