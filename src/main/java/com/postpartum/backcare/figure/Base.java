package com.postpartum.backcare.figure;

import static com.postpartum.backcare.figure.Contact.FAR_FOOT;
import static com.postpartum.backcare.figure.Contact.FAR_HAND;
import static com.postpartum.backcare.figure.Contact.FAR_KNEE;
import static com.postpartum.backcare.figure.Contact.HEAD;
import static com.postpartum.backcare.figure.Contact.NEAR_FOOT;
import static com.postpartum.backcare.figure.Contact.NEAR_HAND;
import static com.postpartum.backcare.figure.Contact.NEAR_KNEE;
import static com.postpartum.backcare.figure.Contact.SACRUM;
import static com.postpartum.backcare.figure.Contact.SHOULDERS;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the figure rests on, and so the body points that touch the floor (or a prop) unless
 * the illustration lists them as lifted. The first contact not lifted holds still across the
 * keyframes, so the figure never slides along the floor.
 */
public enum Base {

	SUPINE("supine", List.of(SHOULDERS, HEAD, SACRUM, NEAR_FOOT, FAR_FOOT)),
	PRONE("prone", List.of(SHOULDERS, SACRUM, NEAR_KNEE, FAR_KNEE)),
	SIDE_LYING("side-lying", List.of(SACRUM, SHOULDERS, FAR_KNEE)),
	QUADRUPED("quadruped", List.of(NEAR_KNEE, FAR_KNEE, NEAR_HAND, FAR_HAND)),
	KNEELING("kneeling", List.of(NEAR_KNEE, FAR_KNEE)),
	HALF_KNEELING("half-kneeling", List.of(FAR_KNEE, NEAR_FOOT)),
	SITTING("sitting", List.of(SACRUM)),
	STANDING("standing", List.of(NEAR_FOOT, FAR_FOOT));

	private final String code;

	private final List<Contact> contacts;

	Base(String code, List<Contact> contacts) {
		this.code = code;
		this.contacts = contacts;
	}

	public String code() {
		return code;
	}

	public List<Contact> contacts() {
		return contacts;
	}

	public static Optional<Base> fromCode(String code) {
		return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
	}

	public static String allowed() {
		return String.join(", ", Arrays.stream(values()).map(Base::code).toList());
	}

}
