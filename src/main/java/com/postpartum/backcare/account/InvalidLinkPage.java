package com.postpartum.backcare.account;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import com.postpartum.backcare.account.MailedLinks.State;

/**
 * The page for a mailed link that cannot be used, whatever it was for: used or expired is 410
 * (gone for good), missing or unknown 400; either way it says why and where to ask again.
 */
final class InvalidLinkPage {

	static final String VIEW = "account/link-invalid";

	private InvalidLinkPage() {
	}

	/** {@code kind}: the link's messages ({@code reset}, {@code confirmEmail}); {@code life}: in that kind's unit. */
	static String render(State state, String kind, long life, String againUrl, HttpServletResponse response,
			Model model) {
		boolean gone = state == State.USED || state == State.EXPIRED;
		response.setStatus(gone ? HttpStatus.GONE.value() : HttpStatus.BAD_REQUEST.value());
		model.addAttribute("linkState", state);
		model.addAttribute("linkKind", kind);
		model.addAttribute("linkLife", life);
		model.addAttribute("againUrl", againUrl);
		return VIEW;
	}

}
