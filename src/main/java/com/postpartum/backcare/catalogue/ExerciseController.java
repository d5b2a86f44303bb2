package com.postpartum.backcare.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The exercise library: filters and search kept in the URL, and one page per exercise. */
@Controller
class ExerciseController {

	static final String LIST_VIEW = "exercises/list";

	static final String DETAIL_VIEW = "exercises/detail";

	static final String PICTURES_VIEW = "exercises/pictures";

	static final int PAGE_SIZE = 12;

	private final CatalogueService catalogue;

	private final SkipAdvice skipAdvice;

	private final Illustrations illustrations;

	ExerciseController(CatalogueService catalogue, SkipAdvice skipAdvice, Illustrations illustrations) {
		this.catalogue = catalogue;
		this.skipAdvice = skipAdvice;
		this.illustrations = illustrations;
	}

	/**
	 * The exercise's figure as a file, to link, print or use from the API. Drawn once at load,
	 * so its ETag is fixed until the content changes; 404 for an unknown exercise.
	 */
	@GetMapping(value = "/exercises/{slug}/illustration.svg", produces = "image/svg+xml")
	ResponseEntity<String> illustration(@PathVariable String slug, WebRequest request) {
		Illustrations.Document document = illustrations.document(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (request.checkNotModified(document.etag())) {
			return null;
		}
		return ResponseEntity.ok()
			.eTag(document.etag())
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.contentType(SVG)
			.body(document.svg());
	}

	static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	@GetMapping("/exercises")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String position, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String difficulty, @RequestParam(required = false) String equipment,
			@RequestParam(required = false) String page, Model model, HttpServletResponse response) {
		ExerciseFilter filter = ExerciseFilter.parse(q, category, position, phase, difficulty, equipment);
		int pageNumber = PageNumber.parse(page);
		model.addAttribute("filter", filter);
		model.addAttribute("categories", Category.values());
		model.addAttribute("positions", Position.values());
		model.addAttribute("equipmentOptions", Equipment.values());
		model.addAttribute("badPage", pageNumber < 1);
		if (!filter.isValid() || pageNumber < 1) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("results", Page.empty());
			model.addAttribute("pages", List.of());
			return LIST_VIEW;
		}
		Page<ExerciseView> results = catalogue.findExercises(filter, pageNumber, PAGE_SIZE);
		model.addAttribute("results", results);
		model.addAttribute("pages", PageLink.around(pageNumber, results.getTotalPages(), n -> pageUrl(filter, n)));
		return LIST_VIEW;
	}

	/**
	 * The contact sheet: every exercise's start and end poses on one page, for a clinician to
	 * review the figures at a glance. A view of the library rather than an address under
	 * /exercises/, where a slug could one day take its name; it shows every exercise, so the
	 * library's filters do not apply. Cached with the library (web.PageCacheFilter).
	 */
	@GetMapping(value = "/exercises", params = "view=pictures")
	String pictures(Model model) {
		model.addAttribute("exercises", catalogue.exercisesInLibraryOrder());
		return PICTURES_VIEW;
	}

	@GetMapping("/exercises/{slug}")
	String show(@PathVariable String slug, Model model) {
		ExerciseDetails details = catalogue.exerciseDetails(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("details", details);
		model.addAttribute("skipAdvice", skipAdvice.forExercise(details.exercise()));
		return DETAIL_VIEW;
	}

	private static String pageUrl(ExerciseFilter filter, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/exercises");
		addIfSet(url, "q", filter.query());
		addIfSet(url, "category", filter.category());
		addIfSet(url, "position", filter.position());
		addIfSet(url, "phase", filter.phase());
		addIfSet(url, "difficulty", filter.difficulty());
		addIfSet(url, "equipment", filter.equipment());
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

	private static void addIfSet(UriComponentsBuilder url, String name, Object value) {
		if (value != null) {
			url.queryParam(name, value instanceof CodedEnum coded ? coded.code() : value);
		}
	}

	/** One link of the pager; a gap (pages left out) has no url. */
	record PageLink(int number, String url, boolean current) {

		/** Pages on each side of the current one that the pager links to. */
		static final int AROUND = 2;

		/**
		 * The first page, the last, and those around the current one, with a gap where pages are
		 * left out: a large catalogue has hundreds of pages, and linking each made the page grow
		 * with the catalogue (docs/performance.md, "100,000 mothers on PostgreSQL").
		 */
		static List<PageLink> around(int current, int total, IntFunction<String> url) {
			List<PageLink> links = new ArrayList<>();
			for (int n = 1; n <= total; n++) {
				if (n == 1 || n == total || Math.abs(n - current) <= AROUND) {
					links.add(new PageLink(n, url.apply(n), n == current));
				}
				else if (links.get(links.size() - 1).url() != null) {
					links.add(new PageLink(n, null, false));
				}
			}
			return List.copyOf(links);
		}

	}

}
