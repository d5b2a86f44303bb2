package com.postpartum.backcare.figure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import com.postpartum.backcare.figure.Skeleton.Point;
import com.postpartum.backcare.figure.Skeleton.Xy;

/**
 * Draws an illustration as inline SVG (docs/content-guide.md, "Illustration"). Each segment is
 * a group rotated about its joint, nested from the hip outward, so the animation turns joints
 * rather than moving lines. The animation is SMIL ({@code animateTransform}): the pages' style
 * policy allows no style element, and SMIL needs no script. Colours are presentation
 * attributes, so the standalone .svg file looks the same as the inline one.
 */
public final class FigureRenderer {

	static final String NEAR = "#2f4f46";

	static final String FAR = "#9fb5ad";

	static final String NEAR_WORK = "#c9662f";

	static final String FAR_WORK = "#eeb48c";

	static final String PROP_FILL = "#ebe5da";

	static final String PROP_LINE = "#a89f90";

	static final String FLOOR_LINE = "#7d766b";

	/** A cycle (walking) moves from keyframe to keyframe at an easy walking pace. */
	static final double CYCLE_STEP_SECONDS = 0.6;

	private static final double EASE_X1 = 0.45;

	private static final double EASE_Y1 = 0;

	private static final double EASE_X2 = 0.55;

	private static final double EASE_Y2 = 1;

	private static final String EASE = n(EASE_X1) + " " + n(EASE_Y1) + " " + n(EASE_X2) + " " + n(EASE_Y2);

	/** A band: a thin line a little darker than the other props, so it reads against the floor. */
	static final String BAND = "#8a8172";

	/** How far in from the frame's edge a band is anchored. */
	static final double BAND_ANCHOR_INSET = 3;

	/** A small soft ball (about 23 cm across at her height), wider than her thigh so it shows between the knees. */
	static final double BALL_RADIUS = 7;

	/** How far above the knee, along the thigh, the ball's centre sits: between the knees, not on top of them. */
	static final double BALL_ABOVE_KNEE = 2.5;

	/** Straight pieces per step of the timeline for a prop that follows a body point. */
	static final int TRACK_STEPS = 8;

	/** What to draw: the words for screen readers, the pose, the parts that work, and the tempo in seconds. */
	public record Drawing(String title, String description, Illustration illustration, Set<Segment> highlighted,
			double moveSeconds, double holdSeconds, double returnSeconds) {
	}

	private final Drawing drawing;

	private final Layout layout;

	/** The drawn frame's height: the checked frame cut down to the movement, so a lying figure is not lost in sky. */
	private final double height;

	private FigureRenderer(Drawing drawing) {
		this.drawing = drawing;
		this.layout = new Layout(drawing.illustration());
		this.height = Math.min(Layout.HEIGHT, Math.max(50, Math.ceil(layout.top() + 10 + Layout.FLOOR)));
	}

	/** The moving figure, looping at the exercise's tempo; {@code id} makes its ids unique on a page. */
	public static String animated(Drawing drawing, String id) {
		return new FigureRenderer(drawing).animated(id);
	}

	/** The start pose alone, for a small card. */
	public static String start(Drawing drawing, String id) {
		return new FigureRenderer(drawing).stills(id, false);
	}

	/** The start and end poses side by side with an arrow: for reduced motion and for print. */
	public static String startAndEnd(Drawing drawing, String id) {
		return new FigureRenderer(drawing).stills(id, true);
	}

	private String animated(String id) {
		StringBuilder svg = open(id, "figure-motion", Layout.WIDTH);
		Timeline timeline = timeline();
		svg.append("<g transform=\"translate(0,").append(n(height - Layout.FLOOR))
			.append(") scale(1,-1)\">");
		floorAndProps(svg, 0, Layout.WIDTH, timeline, -1);
		figure(svg, timeline, -1);
		svg.append("</g></svg>");
		return svg.toString();
	}

	private String stills(String id, boolean withEnd) {
		double width = withEnd ? Layout.WIDTH * 2 + 20 : Layout.WIDTH;
		StringBuilder svg = open(id, withEnd ? "figure-still" : "figure-start", width);
		List<Integer> frames = withEnd ? List.of(0, lastPose()) : List.of(0);
		for (int i = 0; i < frames.size(); i++) {
			double offset = i * (Layout.WIDTH + 20);
			svg.append("<g class=\"figure-pose\" transform=\"translate(").append(n(offset)).append(",")
				.append(n(height - Layout.FLOOR)).append(") scale(1,-1)\">");
			floorAndProps(svg, 0, Layout.WIDTH, null, frames.get(i));
			figure(svg, null, frames.get(i));
			svg.append("</g>");
		}
		if (withEnd) {
			double y = (height - Layout.FLOOR) / 2;
			double x = Layout.WIDTH + 1;
			svg.append("<path class=\"figure-arrow\" d=\"M").append(n(x)).append(' ').append(n(y)).append(" h16 m-6 -6 l6 6 l-6 6\" fill=\"none\" stroke=\"")
				.append(FLOOR_LINE).append("\" stroke-width=\"2.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");
		}
		svg.append("</svg>");
		return svg.toString();
	}

	/** The pose shown as the end: the one held, or the last of a cycle's first half. */
	private int lastPose() {
		int count = drawing.illustration().keyframes().size();
		return drawing.illustration().cycle() ? count / 2 : count - 1;
	}

	private StringBuilder open(String id, String kind, double width) {
		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure ").append(kind)
			.append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
			.append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
			.append("-desc\" focusable=\"false\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(escape(drawing.title())).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(drawing.description())).append("</desc>");
		return svg;
	}

	/** The floor and the props; {@code frame} is the keyframe drawn still, or -1 to animate along the timeline. */
	private void floorAndProps(StringBuilder svg, double from, double to, Timeline timeline, int frame) {
		for (Prop.Placed prop : drawing.illustration().props()) {
			if (prop.prop() == Prop.MAT) {
				svg.append("<rect class=\"figure-prop\" x=\"").append(n(layout.left() - 4)).append("\" y=\"-3\" width=\"")
					.append(n(layout.right() - layout.left() + 8))
					.append("\" height=\"3\" rx=\"1.5\"").append(propPaint()).append("/>");
			}
			else if (prop.prop() == Prop.WALL) {
				double x = Math.max(1, layout.left() - 1.5);
				svg.append("<line class=\"figure-prop\" x1=\"").append(n(x)).append("\" y1=\"0\" x2=\"").append(n(x))
					.append("\" y2=\"").append(n(height - Layout.FLOOR - 2)).append("\" stroke=\"")
					.append(PROP_LINE).append("\" stroke-width=\"3\" stroke-linecap=\"round\"/>");
			}
		}
		for (Layout.Surface s : layout.surfaces()) {
			if (s.prop() == Prop.PILLOW) {
				svg.append("<rect class=\"figure-prop\" x=\"").append(n(s.left())).append("\" y=\"0\" width=\"")
					.append(n(s.right() - s.left())).append("\" height=\"").append(n(s.top())).append("\" rx=\"")
					.append(n(Math.min(3, s.top() / 2))).append('"').append(propPaint()).append("/>");
			}
			else {
				svg.append("<rect class=\"figure-prop\" x=\"").append(n(s.left())).append("\" y=\"")
					.append(n(s.top() - 2.5)).append("\" width=\"").append(n(s.right() - s.left()))
					.append("\" height=\"2.5\" rx=\"1\"").append(propPaint()).append("/>");
				for (double x : new double[] { s.left() + 2, s.right() - 2 }) {
					svg.append("<line x1=\"").append(n(x)).append("\" y1=\"0\" x2=\"").append(n(x)).append("\" y2=\"")
						.append(n(s.top() - 2.5)).append("\" stroke=\"").append(PROP_LINE)
						.append("\" stroke-width=\"1.6\" stroke-linecap=\"round\"/>");
				}
			}
		}
		svg.append("<line class=\"figure-floor\" x1=\"").append(n(from + 2)).append("\" y1=\"0\" x2=\"")
			.append(n(to - 2)).append("\" y2=\"0\" stroke=\"").append(FLOOR_LINE)
			.append("\" stroke-width=\"1.2\" stroke-linecap=\"round\"/>");
		for (Prop.Placed prop : drawing.illustration().props()) {
			if (prop.prop() == Prop.BAND) {
				band(svg, prop, timeline, frame);
			}
			else if (prop.prop() == Prop.BALL && (!atKnee(prop) || drawing.illustration().view().frontal())) {
				ball(svg, prop, timeline, frame);
			}
		}
	}

	/**
	 * A band: a thin line from the point holding it (the near hand unless the file says) to an
	 * anchor at the frame's edge on that side, at the height the hand starts at. The hand end
	 * follows the hand along the same timeline as the joints.
	 */
	private void band(StringBuilder svg, Prop.Placed prop, Timeline timeline, int frame) {
		Point holder = Layout.point(prop.at());
		Xy start = layout.keyframes().get(0).get(holder);
		boolean ahead = start.x() >= layout.hips().get(0).x();
		Xy anchor = new Xy(ahead ? Layout.WIDTH - BAND_ANCHOR_INSET : BAND_ANCHOR_INSET, start.y());
		Xy hand = layout.keyframes().get(Math.max(frame, 0)).get(holder);
		svg.append("<g class=\"figure-prop figure-band\">");
		svg.append("<line x1=\"").append(n(anchor.x())).append("\" y1=\"").append(n(anchor.y())).append("\" x2=\"")
			.append(n(hand.x())).append("\" y2=\"").append(n(hand.y())).append("\" stroke=\"").append(BAND)
			.append("\" stroke-width=\"1.3\" stroke-linecap=\"round\">");
		if (frame < 0) {
			track(svg, holder, timeline, "x2", "y2");
		}
		svg.append("</line><circle cx=\"").append(n(anchor.x())).append("\" cy=\"").append(n(anchor.y()))
			.append("\" r=\"1.8\" fill=\"").append(PROP_LINE).append("\"/></g>");
	}

	/** A ball held somewhere other than between the knees (where {@link #leg} draws it): at that point. */
	private void ball(StringBuilder svg, Prop.Placed prop, Timeline timeline, int frame) {
		if (drawing.illustration().view().frontal() && atKnee(prop)) {
			ballBetweenKnees(svg, timeline, frame);
			return;
		}
		Point at = Layout.point(prop.at());
		Xy centre = layout.keyframes().get(Math.max(frame, 0)).get(at);
		svg.append("<circle class=\"figure-prop figure-ball\" cx=\"").append(n(centre.x())).append("\" cy=\"")
			.append(n(centre.y())).append("\" r=\"").append(n(BALL_RADIUS)).append('"').append(propPaint()).append('>');
		if (frame < 0) {
			track(svg, at, timeline, "cx", "cy");
		}
		svg.append("</circle>");
	}

	/**
	 * Seen along her body, a ball (or folded pillow) at the knees sits between them, a little
	 * below the knees, and is squashed as the knees close on it: as wide as the gap between the
	 * knees, as tall as keeps its area, so a squeeze shows even when the knees barely move.
	 */
	private void ballBetweenKnees(StringBuilder svg, Timeline timeline, int frame) {
		java.util.function.Function<Map<Point, Xy>, Xy> centre = points -> new Xy(
				(points.get(Point.NEAR_KNEE).x() + points.get(Point.FAR_KNEE).x()) / 2,
				(points.get(Point.NEAR_KNEE).y() + points.get(Point.FAR_KNEE).y()) / 2 - BALL_ABOVE_KNEE);
		java.util.function.Function<Map<Point, Xy>, Xy> size = points -> {
			double gap = Math.abs(points.get(Point.NEAR_KNEE).x() - points.get(Point.FAR_KNEE).x()) - Body.THIGH_WIDTH;
			double rx = Math.max(BALL_RADIUS / 3, Math.min(BALL_RADIUS, gap / 2 + 1));
			return new Xy(rx, Math.min(BALL_RADIUS * 1.4, BALL_RADIUS * BALL_RADIUS / rx));
		};
		Map<Point, Xy> points = layout.keyframes().get(Math.max(frame, 0));
		Xy at = centre.apply(points);
		Xy radii = size.apply(points);
		svg.append("<ellipse class=\"figure-prop figure-ball\" cx=\"").append(n(at.x())).append("\" cy=\"")
			.append(n(at.y())).append("\" rx=\"").append(n(radii.x())).append("\" ry=\"").append(n(radii.y()))
			.append('"').append(propPaint()).append('>');
		if (frame < 0) {
			track(svg, centre, timeline, "cx", "cy");
			track(svg, size, timeline, "rx", "ry");
		}
		svg.append("</ellipse>");
	}

	private static boolean atKnee(Prop.Placed prop) {
		return prop.at() == Contact.NEAR_KNEE || prop.at() == Contact.FAR_KNEE;
	}

	/**
	 * Moves an attribute pair with a body point. The joints turn with eased splines, so the
	 * point's path is sampled: each step of the timeline cut in {@link #TRACK_STEPS}, the pose
	 * there worked out from the same easing, joined by straight lines.
	 */
	private void track(StringBuilder svg, Point point, Timeline timeline, String xName, String yName) {
		track(svg, points -> points.get(point), timeline, xName, yName);
	}

	/** As above, for any place worked out from the body points (the middle between the knees). */
	private void track(StringBuilder svg, java.util.function.Function<Map<Point, Xy>, Xy> of, Timeline timeline,
			String xName, String yName) {
		List<Pose> poses = drawing.illustration().keyframes();
		List<Xy> hips = layout.hips();
		List<Xy> path = new ArrayList<>();
		List<Double> at = new ArrayList<>();
		for (int i = 0; i + 1 < timeline.order().size(); i++) {
			int a = timeline.order().get(i);
			int b = timeline.order().get(i + 1);
			double t0 = timeline.times().get(i);
			double t1 = timeline.times().get(i + 1);
			for (int step = 0; step < TRACK_STEPS; step++) {
				double tau = step / (double) TRACK_STEPS;
				double p = ease(tau);
				Pose pose = between(poses.get(a), poses.get(b), p);
				Xy hip = new Xy(hips.get(a).x() + (hips.get(b).x() - hips.get(a).x()) * p,
						hips.get(a).y() + (hips.get(b).y() - hips.get(a).y()) * p);
				Map<Point, Xy> local = Skeleton.points(pose, drawing.illustration().view());
				local.replaceAll((q, xy) -> xy.shift(hip.x(), hip.y()));
				path.add(of.apply(local));
				at.add((t0 + (t1 - t0) * tau) / timeline.duration());
			}
		}
		path.add(of.apply(layout.keyframes().get(timeline.order().get(timeline.order().size() - 1))));
		at.add(1.0);
		if (path.stream().allMatch(q -> Math.abs(q.x() - path.get(0).x()) < 0.01 && Math.abs(q.y() - path.get(0).y()) < 0.01)) {
			return;
		}
		String keyTimes = String.join(";", at.stream().map(FigureRenderer::n4).toList());
		for (boolean x : new boolean[] { true, false }) {
			svg.append("<animate attributeName=\"").append(x ? xName : yName).append("\" values=\"")
				.append(String.join(";", path.stream().map(q -> n(x ? q.x() : q.y())).toList()))
				.append("\" keyTimes=\"").append(keyTimes).append("\" dur=\"").append(n(timeline.duration()))
				.append("s\" repeatCount=\"indefinite\"/>");
		}
	}

	/** A pose part way ({@code p} from 0 to 1) from one keyframe to another, each angle turned evenly. */
	private static Pose between(Pose from, Pose to, double p) {
		Map<Joint, Double> near = new EnumMap<>(Joint.class);
		Map<Joint, Double> far = new EnumMap<>(Joint.class);
		for (Joint joint : Joint.values()) {
			near.put(joint, from.near(joint) + (to.near(joint) - from.near(joint)) * p);
			far.put(joint, from.far(joint) + (to.far(joint) - from.far(joint)) * p);
		}
		return new Pose(from.name(), from.trunk() + (to.trunk() - from.trunk()) * p, near, far);
	}

	/** How far the joints have turned at a fraction of a step's time: the spline {@link #EASE}. */
	static double ease(double tau) {
		double lo = 0;
		double hi = 1;
		for (int i = 0; i < 40; i++) {
			double s = (lo + hi) / 2;
			if (bezier(s, EASE_X1, EASE_X2) < tau) {
				lo = s;
			}
			else {
				hi = s;
			}
		}
		return bezier((lo + hi) / 2, EASE_Y1, EASE_Y2);
	}

	private static double bezier(double s, double c1, double c2) {
		double r = 1 - s;
		return 3 * r * r * s * c1 + 3 * r * s * s * c2 + s * s * s;
	}

	private static String propPaint() {
		return " fill=\"" + PROP_FILL + "\" stroke=\"" + PROP_LINE + "\" stroke-width=\"0.8\"";
	}

	/** The body; {@code frame} is the keyframe drawn still, or -1 to animate along the timeline. */
	private void figure(StringBuilder svg, Timeline timeline, int frame) {
		Illustration illustration = drawing.illustration();
		if (illustration.view().frontal()) {
			frontal(svg, timeline, frame);
			return;
		}
		double legScale = Skeleton.legScale(illustration.view());
		svg.append("<g class=\"figure-body\" fill=\"none\" stroke-linecap=\"round\">");
		List<Xy> hips = layout.hips();
		svg.append("<g transform=\"translate(").append(n(value(frame, k -> hips.get(k).x()))).append(',')
			.append(n(value(frame, k -> hips.get(k).y()))).append(")\">");
		if (frame < 0) {
			timeline.translate(svg, hips);
		}
		rotate(svg, "trunk", frame, timeline, Pose::trunk);
		leg(svg, frame, timeline, false, legScale);
		segment(svg, Segment.PELVIS, true, Body.LOWER_TRUNK, Body.LOWER_TRUNK_WIDTH);
		svg.append("<g transform=\"translate(").append(n(Body.LOWER_TRUNK)).append(",0)\">");
		rotate(svg, "spine", frame, timeline, p -> p.near(Joint.SPINE));
		arm(svg, frame, timeline, false);
		segment(svg, Segment.THORAX, true, Body.THORAX, Body.THORAX_WIDTH);
		svg.append("<g transform=\"translate(").append(n(Body.THORAX)).append(",0)\">");
		rotate(svg, "neck", frame, timeline, p -> p.near(Joint.NECK));
		segment(svg, Segment.NECK, true, Body.NECK, Body.NECK_WIDTH);
		svg.append("<circle class=\"figure-head\" cx=\"").append(n(Body.HEAD_CENTRE)).append("\" cy=\"0\" r=\"")
			.append(n(Body.HEAD_RADIUS)).append("\" fill=\"").append(NEAR).append("\" stroke=\"none\"/>");
		svg.append("</g></g>");
		arm(svg, frame, timeline, true);
		svg.append("</g></g>");
		leg(svg, frame, timeline, true, legScale);
		svg.append("</g></g></g>");
	}

	/**
	 * The body seen along her length (docs/content-guide.md, "Seen from behind or from her feet").
	 * A part's drawn length changes as it turns toward or away from the viewer, so no group can
	 * rotate it: each part is a line whose ends follow the body points along the same timeline
	 * and easing as the joints of the side view. Each sits in the group of the joint that moves
	 * it, farthest first: head, shoulders and arms, back, pelvis, then the legs.
	 */
	private void frontal(StringBuilder svg, Timeline timeline, int frame) {
		svg.append("<g class=\"figure-body\" fill=\"none\" stroke-linecap=\"round\">");
		svg.append("<g class=\"joint-neck\">");
		part(svg, Segment.NECK, true, Point.SHOULDER, Point.NECK, Body.NECK_WIDTH, timeline, frame);
		Xy head = layout.keyframes().get(Math.max(frame, 0)).get(Point.HEAD);
		svg.append("<circle class=\"figure-head\" cx=\"").append(n(head.x())).append("\" cy=\"").append(n(head.y()))
			.append("\" r=\"").append(n(Body.HEAD_RADIUS)).append("\" fill=\"").append(NEAR).append("\" stroke=\"none\">");
		if (frame < 0) {
			track(svg, Point.HEAD, timeline, "cx", "cy");
		}
		svg.append("</circle></g>");
		for (boolean near : new boolean[] { false, true }) {
			String side = near ? "near" : "far";
			svg.append("<g class=\"joint-").append(side).append("-shoulder\">");
			part(svg, Segment.UPPER_ARM, near, near ? Point.NEAR_SHOULDER : Point.FAR_SHOULDER,
					near ? Point.NEAR_ELBOW : Point.FAR_ELBOW, Body.UPPER_ARM_WIDTH, timeline, frame);
			svg.append("<g class=\"joint-").append(side).append("-elbow\">");
			part(svg, Segment.FOREARM, near, near ? Point.NEAR_ELBOW : Point.FAR_ELBOW,
					near ? Point.NEAR_HAND : Point.FAR_HAND, Body.FOREARM_WIDTH, timeline, frame);
			svg.append("</g></g>");
		}
		svg.append("<g class=\"joint-spine\">");
		part(svg, Segment.THORAX, true, Point.FAR_SHOULDER, Point.NEAR_SHOULDER, Body.THORAX_WIDTH, timeline, frame);
		part(svg, Segment.THORAX, true, Point.WAIST, Point.SHOULDER, Body.THORAX_WIDTH, timeline, frame);
		svg.append("</g><g class=\"joint-trunk\">");
		part(svg, Segment.PELVIS, true, Point.HIP, Point.WAIST, Body.LOWER_TRUNK_WIDTH, timeline, frame);
		part(svg, Segment.PELVIS, true, Point.FAR_HIP, Point.NEAR_HIP, Body.LOWER_TRUNK_WIDTH, timeline, frame);
		svg.append("</g>");
		for (boolean near : new boolean[] { false, true }) {
			String side = near ? "near" : "far";
			svg.append("<g class=\"joint-").append(side).append("-hip\">");
			part(svg, Segment.THIGH, near, near ? Point.NEAR_HIP : Point.FAR_HIP, near ? Point.NEAR_KNEE : Point.FAR_KNEE,
					Body.THIGH_WIDTH, timeline, frame);
			svg.append("<g class=\"joint-").append(side).append("-knee\">");
			part(svg, Segment.SHANK, near, near ? Point.NEAR_KNEE : Point.FAR_KNEE,
					near ? Point.NEAR_ANKLE : Point.FAR_ANKLE, Body.SHANK_WIDTH, timeline, frame);
			svg.append("<g class=\"joint-").append(side).append("-ankle\">");
			part(svg, Segment.FOOT, near, near ? Point.NEAR_HEEL : Point.FAR_HEEL, near ? Point.NEAR_TOE : Point.FAR_TOE,
					Body.FOOT_WIDTH, timeline, frame);
			svg.append("</g></g></g>");
		}
		svg.append("</g>");
	}

	/** One part seen along her body: a line between two body points, its ends moving with them. */
	private void part(StringBuilder svg, Segment segment, boolean near, Point from, Point to, double width,
			Timeline timeline, int frame) {
		Map<Point, Xy> points = layout.keyframes().get(Math.max(frame, 0));
		svg.append("<line x1=\"").append(n(points.get(from).x())).append("\" y1=\"").append(n(points.get(from).y()))
			.append("\" x2=\"").append(n(points.get(to).x())).append("\" y2=\"").append(n(points.get(to).y()))
			.append("\" stroke=\"").append(colour(segment, near)).append("\" stroke-width=\"").append(n(width))
			.append("\">");
		if (frame < 0) {
			track(svg, from, timeline, "x1", "y1");
			track(svg, to, timeline, "x2", "y2");
		}
		svg.append("</line>");
	}

	private void arm(StringBuilder svg, int frame, Timeline timeline, boolean near) {
		String side = near ? "near" : "far";
		svg.append("<g transform=\"translate(").append(n(Body.THORAX)).append(",0)\">");
		rotate(svg, side + "-shoulder", frame, timeline, p -> Skeleton.armTurn(angle(p, Joint.SHOULDER, near)));
		segment(svg, Segment.UPPER_ARM, near, Body.UPPER_ARM, Body.UPPER_ARM_WIDTH);
		svg.append("<g transform=\"translate(").append(n(Body.UPPER_ARM)).append(",0)\">");
		rotate(svg, side + "-elbow", frame, timeline, p -> angle(p, Joint.ELBOW, near));
		segment(svg, Segment.FOREARM, near, Body.FOREARM, Body.FOREARM_WIDTH);
		svg.append("</g></g></g></g>");
	}

	private void leg(StringBuilder svg, int frame, Timeline timeline, boolean near, double scale) {
		String side = near ? "near" : "far";
		rotate(svg, side + "-hip", frame, timeline, p -> Skeleton.thighTurn(angle(p, Joint.HIP, near)));
		if (near && drawing.illustration().props().stream().anyMatch(p -> p.prop() == Prop.BALL && atKnee(p))) {
			// Between the knees: behind the near thigh, in front of the far leg, moving with the knee.
			svg.append("<circle class=\"figure-prop figure-ball\" cx=\"").append(n(Body.THIGH * scale - BALL_ABOVE_KNEE))
				.append("\" cy=\"0\" r=\"").append(n(BALL_RADIUS)).append('"').append(propPaint()).append("/>");
		}
		segment(svg, Segment.THIGH, near, Body.THIGH * scale, Body.THIGH_WIDTH);
		svg.append("<g transform=\"translate(").append(n(Body.THIGH * scale)).append(",0)\">");
		rotate(svg, side + "-knee", frame, timeline, p -> Skeleton.shankTurn(angle(p, Joint.KNEE, near)));
		segment(svg, Segment.SHANK, near, Body.SHANK * scale, Body.SHANK_WIDTH);
		svg.append("<g transform=\"translate(").append(n(Body.SHANK * scale)).append(",0)\">");
		rotate(svg, side + "-ankle", frame, timeline, p -> Skeleton.footTurn(angle(p, Joint.ANKLE, near)));
		String colour = colour(Segment.FOOT, near);
		svg.append("<line x1=\"").append(n(Body.HEEL_X)).append("\" y1=\"").append(n(Body.SOLE_Y)).append("\" x2=\"")
			.append(n(Body.TOE_X)).append("\" y2=\"").append(n(Body.SOLE_Y)).append("\" stroke=\"").append(colour)
			.append("\" stroke-width=\"").append(n(Body.FOOT_WIDTH)).append("\"/>");
		svg.append("</g></g></g></g></g>");
	}

	private static double angle(Pose pose, Joint joint, boolean near) {
		return near ? pose.near(joint) : pose.far(joint);
	}

	/** Opens the group that turns about a joint (closed by the caller), still or animated. */
	private void rotate(StringBuilder svg, String joint, int frame, Timeline timeline, ToDoubleFunction<Pose> angle) {
		List<Pose> poses = drawing.illustration().keyframes();
		svg.append("<g class=\"joint-").append(joint).append("\" transform=\"rotate(")
			.append(n(angle.applyAsDouble(poses.get(Math.max(frame, 0))))).append(")\">");
		if (frame < 0) {
			timeline.rotate(svg, poses.stream().mapToDouble(angle).toArray());
		}
	}

	private void segment(StringBuilder svg, Segment segment, boolean near, double length, double width) {
		svg.append("<line x1=\"0\" y1=\"0\" x2=\"").append(n(length)).append("\" y2=\"0\" stroke=\"")
			.append(colour(segment, near)).append("\" stroke-width=\"").append(n(width)).append("\"/>");
	}

	private String colour(Segment segment, boolean near) {
		boolean works = drawing.highlighted().contains(segment);
		return near ? (works ? NEAR_WORK : NEAR) : (works ? FAR_WORK : FAR);
	}

	private double value(int frame, java.util.function.IntToDoubleFunction of) {
		return of.applyAsDouble(Math.max(frame, 0));
	}

	private Timeline timeline() {
		Illustration illustration = drawing.illustration();
		int count = illustration.keyframes().size();
		List<Integer> order = new ArrayList<>();
		List<Double> times = new ArrayList<>();
		double t = 0;
		if (illustration.cycle()) {
			for (int k = 0; k <= count; k++) {
				order.add(k % count);
				times.add(t);
				t += CYCLE_STEP_SECONDS;
			}
			t -= CYCLE_STEP_SECONDS;
		}
		else {
			order.add(0);
			times.add(0.0);
			double step = drawing.moveSeconds() / (count - 1);
			for (int k = 1; k < count; k++) {
				t += step;
				order.add(k);
				times.add(t);
			}
			if (drawing.holdSeconds() > 0) {
				t += drawing.holdSeconds();
				order.add(count - 1);
				times.add(t);
			}
			t += drawing.returnSeconds();
			order.add(0);
			times.add(t);
		}
		return new Timeline(order, times, t);
	}

	/** The keyframes in the order played, with their times: out, hold, back. */
	private record Timeline(List<Integer> order, List<Double> times, double duration) {

		void rotate(StringBuilder svg, double[] angles) {
			if (java.util.Arrays.stream(angles).allMatch(a -> Math.abs(a - angles[0]) < 0.01)) {
				return;
			}
			List<String> values = order.stream().map(k -> n(angles[k])).toList();
			animate(svg, "rotate", values);
		}

		void translate(StringBuilder svg, List<Xy> at) {
			if (at.stream().allMatch(p -> Math.abs(p.x() - at.get(0).x()) < 0.01 && Math.abs(p.y() - at.get(0).y()) < 0.01)) {
				return;
			}
			animate(svg, "translate", order.stream().map(k -> n(at.get(k).x()) + "," + n(at.get(k).y())).toList());
		}

		private void animate(StringBuilder svg, String type, List<String> values) {
			svg.append("<animateTransform attributeName=\"transform\" type=\"").append(type).append("\" values=\"")
				.append(String.join(";", values)).append("\" keyTimes=\"")
				.append(String.join(";", times.stream().map(t -> n4(t / duration)).toList()))
				.append("\" calcMode=\"spline\" keySplines=\"")
				.append(String.join(";", java.util.Collections.nCopies(values.size() - 1, EASE)))
				.append("\" dur=\"").append(n(duration)).append("s\" repeatCount=\"indefinite\"/>");
		}

	}

	static String n(double value) {
		double rounded = Math.round(value * 100) / 100.0;
		if (rounded == Math.rint(rounded)) {
			return String.valueOf((long) rounded);
		}
		return String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0+$", "");
	}

	private static String n4(double value) {
		return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** The body points of each keyframe, for tests: x and y in the frame, y downward as in the SVG. */
	static List<Map<Point, Xy>> framePoints(Illustration illustration) {
		return new Layout(illustration).keyframes();
	}

}
