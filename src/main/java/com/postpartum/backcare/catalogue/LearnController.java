package com.postpartum.backcare.catalogue;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Habits and education pages. */
@Controller
class LearnController {

	static final String LIST_VIEW = "learn/list";

	static final String DETAIL_VIEW = "learn/detail";

	private final CatalogueService catalogue;

	LearnController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/learn")
	String list(Model model) {
		model.addAttribute("pages", catalogue.learnPages());
		return LIST_VIEW;
	}

	@GetMapping("/learn/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("page",
				catalogue.learnPage(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return DETAIL_VIEW;
	}

}
