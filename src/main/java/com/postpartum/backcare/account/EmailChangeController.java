package com.postpartum.backcare.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import com.postpartum.backcare.account.MailedLinks.State;

/**
 * The link mailed to her new address. It works without signing in (she may open it in her mail
 * app's browser); the link itself is the proof that the address is hers.
 */
@Controller
class EmailChangeController {

	static final String CONFIRM_VIEW = "account/confirm-email";

	private final EmailChange emailChange;

	EmailChangeController(EmailChange emailChange) {
		this.emailChange = emailChange;
	}

	/** Opening the link only asks: a mail scanner that opens it changes nothing. */
	@GetMapping(EmailChange.PATH)
	String confirmForm(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
		response.setHeader("Referrer-Policy", "no-referrer");
		EmailChange.Check check = emailChange.check(token);
		if (check.state() != State.VALID) {
			return invalid(check.state(), response, model);
		}
		model.addAttribute("token", token);
		model.addAttribute("oldEmail", check.oldEmail());
		model.addAttribute("newEmail", check.newEmail());
		return CONFIRM_VIEW;
	}

	/**
	 * Her email is changed and every sign-in session of hers ended (they are filed under the old
	 * address), this browser's too: she signs in again with the new address.
	 */
	@PostMapping(EmailChange.PATH)
	String confirm(@RequestParam(required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) throws ServletException {
		response.setHeader("Referrer-Policy", "no-referrer");
		EmailChange.Outcome outcome = emailChange.confirm(token, RequestContextUtils.getLocale(request));
		if (outcome.state() != State.VALID) {
			return invalid(outcome.state(), response, model);
		}
		if (outcome.taken()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("oldEmail", outcome.link().oldEmail());
			model.addAttribute("newEmail", outcome.link().newEmail());
			model.addAttribute("taken", true);
			return CONFIRM_VIEW;
		}
		request.logout();
		if (request.getSession(false) != null) {
			request.getSession(false).invalidate();
		}
		return "redirect:/login?emailChanged";
	}

	private static String invalid(State state, HttpServletResponse response, Model model) {
		return InvalidLinkPage.render(state, "confirmEmail", EmailChange.LINK_LIFE.toHours(),
				AccountController.ACCOUNT_URL, response, model);
	}

}
