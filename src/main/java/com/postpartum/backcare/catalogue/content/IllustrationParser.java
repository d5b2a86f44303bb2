package com.postpartum.backcare.catalogue.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.postpartum.backcare.catalogue.content.ExerciseDocument.IllustrationDocument;
import com.postpartum.backcare.catalogue.content.ExerciseDocument.KeyframeDocument;
import com.postpartum.backcare.catalogue.content.ExerciseDocument.LimbDocument;
import com.postpartum.backcare.figure.Base;
import com.postpartum.backcare.figure.Contact;
import com.postpartum.backcare.figure.Illustration;
import com.postpartum.backcare.figure.Joint;
import com.postpartum.backcare.figure.Pose;
import com.postpartum.backcare.figure.Prop;

/**
 * Turns an illustration as written into the figure's model (docs/content-guide.md,
 * "Illustration"). A near-side angle or the trunk left out of a keyframe repeats the
 * previous keyframe's; a far-side angle left out equals the same keyframe's near one.
 * Problems are named by the field under {@code illustration}.
 */
final class IllustrationParser {

	private IllustrationParser() {
	}

	/** The model, or null when something is missing or unknown (each problem reported). */
	static Illustration parse(IllustrationDocument doc, BiConsumer<String, String> problem) {
		int[] count = { 0 };
		BiConsumer<String, String> counted = (field, message) -> {
			count[0]++;
			problem.accept(field, message);
		};
		Base base = null;
		if (doc.base() == null) {
			counted.accept("base", "is required (one of " + Base.allowed() + ")");
		}
		else {
			base = Base.fromCode(doc.base()).orElse(null);
			if (base == null) {
				counted.accept("base", "'" + doc.base() + "' is not one of " + Base.allowed());
			}
		}
		Illustration.View view = Illustration.View.SIDE;
		if (doc.view() != null) {
			view = Illustration.View.fromCode(doc.view()).orElse(null);
			if (view == null) {
				counted.accept("view", "'" + doc.view() + "' is not one of " + Illustration.View.allowed());
			}
			else if (view.base() != null && base != view.base()) {
				counted.accept("view", view.code() + " is only for a " + view.base().code() + " figure");
			}
		}
		List<Prop.Placed> props = new ArrayList<>();
		List<String> propTexts = doc.props() == null ? List.of() : doc.props();
		for (int i = 0; i < propTexts.size(); i++) {
			Prop.Placed placed = prop(propTexts.get(i), "props[" + i + "]", counted);
			if (placed != null) {
				props.add(placed);
			}
		}
		Set<Contact> lifted = contacts(doc.lifted(), "lifted", counted);
		Set<Contact> added = contacts(doc.contacts(), "contacts", counted);
		List<Pose> keyframes = new ArrayList<>();
		List<KeyframeDocument> written = doc.keyframes() == null ? List.of() : doc.keyframes();
		Map<Joint, Double> near = new EnumMap<>(Joint.class);
		Double trunk = null;
		for (int k = 0; k < written.size(); k++) {
			KeyframeDocument frame = written.get(k);
			String field = "keyframes[" + k + "]";
			if (frame == null) {
				counted.accept(field, "is empty");
				continue;
			}
			if (frame.name() == null || frame.name().isBlank()) {
				counted.accept(field + ".name", "is required: a few words saying the shape, used in the description");
			}
			if (frame.trunk() != null) {
				trunk = frame.trunk();
			}
			else if (k == 0) {
				counted.accept(field + ".trunk", "is required in the first keyframe (90 upright, 180 lying on the "
						+ "back with the head to the left, 0 face down with the head to the right)");
			}
			put(near, Joint.SPINE, frame.spine());
			put(near, Joint.NECK, frame.neck());
			putLimb(near, frame.near());
			abduction(frame.abduction(), view, field + ".abduction", counted);
			Map<Joint, Double> far = new EnumMap<>(Joint.class);
			LimbDocument limb = frame.far();
			if (limb != null) {
				putLimb(far, limb);
				abduction(limb.abduction(), view, field + ".far.abduction", counted);
			}
			keyframes.add(new Pose(frame.name(), trunk == null ? 0 : trunk, near, far));
		}
		if (count[0] > 0) {
			return null;
		}
		return new Illustration(base, view, props, lifted, added, Boolean.TRUE.equals(doc.cycle()), keyframes);
	}

	/** The side view cannot show a thigh taken out to the side, so only the views along her body take it. */
	private static void abduction(Double value, Illustration.View view, String field,
			BiConsumer<String, String> problem) {
		if (value != null && view != null && !view.frontal()) {
			problem.accept(field, "is drawn only in view behind (quadruped) or feet (supine); the side view cannot "
					+ "show a thigh taken out to the side");
		}
	}

	private static void putLimb(Map<Joint, Double> angles, LimbDocument limb) {
		put(angles, Joint.SHOULDER, limb.shoulder());
		put(angles, Joint.ELBOW, limb.elbow());
		put(angles, Joint.HIP, limb.hip());
		put(angles, Joint.KNEE, limb.knee());
		put(angles, Joint.ANKLE, limb.ankle());
		put(angles, Joint.ABDUCTION, limb.abduction());
	}

	private static void put(Map<Joint, Double> angles, Joint joint, Double value) {
		if (value != null) {
			angles.put(joint, value);
		}
	}

	private static Prop.Placed prop(String text, String field, BiConsumer<String, String> problem) {
		if (text == null || text.isBlank()) {
			problem.accept(field, "is empty");
			return null;
		}
		String[] words = text.trim().split("\\s+");
		Prop prop = Prop.fromCode(words[0]).orElse(null);
		if (prop == null) {
			problem.accept(field, "'" + words[0] + "' is not one of " + Prop.allowed());
			return null;
		}
		if (words.length == 1) {
			return new Prop.Placed(prop, prop.defaultUnder());
		}
		Contact at = words.length == 3 && (words[1].equals("under") || words[1].equals("at"))
				? Contact.fromCode(words[2]).orElse(null) : null;
		if (at == null) {
			problem.accept(field, "'" + text + "' must be a prop alone or 'prop under point', the point one of "
					+ Contact.allowed());
			return null;
		}
		return new Prop.Placed(prop, at);
	}

	private static Set<Contact> contacts(List<String> codes, String field, BiConsumer<String, String> problem) {
		Set<Contact> contacts = new LinkedHashSet<>();
		if (codes == null) {
			return contacts;
		}
		for (int i = 0; i < codes.size(); i++) {
			Contact contact = codes.get(i) == null ? null : Contact.fromCode(codes.get(i)).orElse(null);
			if (contact == null) {
				problem.accept(field + "[" + i + "]", "'" + codes.get(i) + "' is not one of " + Contact.allowed());
			}
			else {
				contacts.add(contact);
			}
		}
		return contacts;
	}

}
