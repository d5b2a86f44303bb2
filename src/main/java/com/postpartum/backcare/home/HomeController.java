package com.postpartum.backcare.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.postpartum.backcare.catalogue.CatalogueService;
import com.postpartum.backcare.catalogue.RoutineView;

@Controller
class HomeController {

	static final String HOME_VIEW = "home";

	private final CatalogueService catalogue;

	HomeController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("routines", catalogue.routines().stream().filter(RoutineView::isPhaseRoutine).toList());
		return HOME_VIEW;
	}

}
