package com.postpartum.backcare.account;

import java.util.Map;

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

/** "Forgotten your password?": ask for a mailed link, then set a new password through it. */
@Controller
class PasswordResetController {

	static final String FORGOT_URL = "/forgot-password";

	static final String FORGOT_VIEW = "account/forgot-password";

	static final String SENT_VIEW = "account/forgot-password-sent";

	static final String RESET_VIEW = "account/reset-password";

	private final PasswordReset resets;

	private final SignInHere signInHere;

	private final LoginThrottle throttle;

	PasswordResetController(PasswordReset resets, SignInHere signInHere, LoginThrottle throttle) {
		this.resets = resets;
		this.signInHere = signInHere;
		this.throttle = throttle;
	}

	@GetMapping(FORGOT_URL)
	String forgotForm(Model model) {
		model.addAttribute("email", "");
		model.addAttribute("errors", Map.of());
		return FORGOT_VIEW;
	}

	/**
	 * Only an email that cannot be an address is refused here; any other gets the same "check
	 * your mail" page, whether it has an account, and whether it was over the limit.
	 */
	@PostMapping(FORGOT_URL)
	String forgot(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!Registration.isEmailAddress(email)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("email", email.length() > Registration.MAX_EMAIL
					? email.substring(0, Registration.MAX_EMAIL) : email);
			model.addAttribute("errors", Map.of("email", "register.error.email"));
			return FORGOT_VIEW;
		}
		resets.request(email, request.getRemoteAddr(), RequestContextUtils.getLocale(request));
		return "redirect:" + FORGOT_URL + "/sent";
	}

	@GetMapping(FORGOT_URL + "/sent")
	String sent(Model model) {
		model.addAttribute("linkMinutes", PasswordReset.LINK_LIFE.toMinutes());
		return SENT_VIEW;
	}

	/**
	 * Opening the link only shows the form: a mail scanner that opens it uses nothing up. The
	 * page's own links send no Referer, which would carry the token in its address.
	 */
	@GetMapping(PasswordReset.PATH)
	String resetForm(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
		response.setHeader("Referrer-Policy", "no-referrer");
		PasswordReset.Check check = resets.check(token);
		if (check.state() != State.VALID) {
			return invalid(check.state(), response, model);
		}
		return resetAgain(token, check.email(), Map.of(), model);
	}

	@PostMapping(PasswordReset.PATH)
	String reset(@RequestParam(required = false) String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmPassword, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		response.setHeader("Referrer-Policy", "no-referrer");
		PasswordReset.Outcome outcome = resets.reset(token, password, confirmPassword);
		if (outcome.state() != State.VALID) {
			return invalid(outcome.state(), response, model);
		}
		if (outcome.account() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return resetAgain(token, resets.check(token).email(), outcome.problems(), model);
		}
		signInHere.signIn(outcome.account(), true, request, response);
		throttle.succeeded(request.getRemoteAddr(), outcome.account().getEmail());
		return "redirect:" + AccountController.ACCOUNT_URL + "?passwordReset";
	}

	private static String resetAgain(String token, String email, Map<String, String> problems, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("email", email);
		model.addAttribute("errors", problems);
		return RESET_VIEW;
	}

	private static String invalid(State state, HttpServletResponse response, Model model) {
		return InvalidLinkPage.render(state, "reset", PasswordReset.LINK_LIFE.toMinutes(), FORGOT_URL, response, model);
	}

}
