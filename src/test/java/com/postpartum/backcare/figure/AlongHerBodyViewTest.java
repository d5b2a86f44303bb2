package com.postpartum.backcare.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.postpartum.backcare.figure.Skeleton.Point;
import com.postpartum.backcare.figure.Skeleton.Xy;

/**
 * The views along her body (docs/content-guide.md, "Seen from behind or from her feet"): what
 * the side view cannot show, a knee going out to the side or knees closing on a pillow, moves
 * left and right in the picture, and the side-view angles keep their meaning.
 */
class AlongHerBodyViewTest {

	private static final Map<Joint, Double> ALL_FOURS = Map.of(Joint.NECK, -10.0, Joint.SHOULDER, -102.0,
			Joint.HIP, -76.0, Joint.KNEE, 110.0, Joint.ANKLE, 30.0);

	private static final Map<Joint, Double> KNEES_BENT = Map.of(Joint.SHOULDER, 4.0, Joint.HIP, -48.0, Joint.KNEE,
			100.0, Joint.ANKLE, -36.0);

	@Test
	void fromBehindTheNearKneeSwingsOutAndUpWhileTheOtherLegAndTheHandsStay() {
		Illustration hydrant = new Illustration(Base.QUADRUPED, Illustration.View.BEHIND,
				List.of(new Prop.Placed(Prop.MAT, null)), Set.of(Contact.NEAR_KNEE), Set.of(), false,
				List.of(pose(14, ALL_FOURS, 0, 0), pose(14, ALL_FOURS, 50, 0)));
		assertThat(FigureCheck.check(hydrant, true)).isEmpty();
		List<Map<Point, Xy>> points = FigureRenderer.framePoints(hydrant);
		Xy hip = points.get(0).get(Point.HIP);
		Xy before = points.get(0).get(Point.NEAR_KNEE);
		Xy after = points.get(1).get(Point.NEAR_KNEE);
		// Hanging under the near hip, then well out to the near side and up toward hip height.
		assertThat(before.x() - hip.x()).isCloseTo(Body.HIP_JOINT_HALF, within(0.5));
		assertThat(after.x() - before.x()).isGreaterThan(15);
		assertThat(after.y() - before.y()).isGreaterThan(5);
		assertThat(points.get(1).get(Point.FAR_KNEE)).isEqualTo(points.get(0).get(Point.FAR_KNEE));
		assertThat(points.get(1).get(Point.FAR_HAND)).isEqualTo(points.get(0).get(Point.FAR_HAND));
		// Left and right are apart: the far knee and hand on the other side of her midline.
		assertThat(points.get(0).get(Point.FAR_KNEE).x()).isLessThan(hip.x());
		assertThat(points.get(0).get(Point.NEAR_HAND).x()).isGreaterThan(hip.x());
		// The same pose from the side shows no difference between the knees' sideways places: it cannot.
		Illustration side = new Illustration(Base.QUADRUPED, Illustration.View.SIDE, List.of(), Set.of(Contact.NEAR_KNEE),
				Set.of(), false, hydrant.keyframes());
		assertThat(FigureRenderer.framePoints(side).get(1).get(Point.NEAR_KNEE))
			.isEqualTo(FigureRenderer.framePoints(side).get(0).get(Point.NEAR_KNEE));
	}

	@Test
	void fromHerFeetTheKneesCloseOnThePillowWhichIsSquashedAndTheLinesMoveWithTheJoints() throws Exception {
		Illustration squeeze = new Illustration(Base.SUPINE, Illustration.View.FEET,
				List.of(new Prop.Placed(Prop.MAT, null), new Prop.Placed(Prop.BALL, Contact.NEAR_KNEE)), Set.of(),
				Set.of(), false, List.of(pose(178, KNEES_BENT, 20, 20), pose(180, KNEES_BENT, 10, 10)));
		assertThat(FigureCheck.check(squeeze, false)).isEmpty();
		List<Map<Point, Xy>> points = FigureRenderer.framePoints(squeeze);
		double apart = points.get(0).get(Point.NEAR_KNEE).x() - points.get(0).get(Point.FAR_KNEE).x();
		double squeezed = points.get(1).get(Point.NEAR_KNEE).x() - points.get(1).get(Point.FAR_KNEE).x();
		assertThat(squeezed).isLessThan(apart - 5);
		// The feet stay where they rest while the knees move.
		assertThat(points.get(1).get(Point.NEAR_HEEL).x()).isCloseTo(points.get(0).get(Point.NEAR_HEEL).x(), within(1.0));
		FigureRenderer.Drawing drawing = new FigureRenderer.Drawing("Adductor squeeze", "Seen from her feet",
				squeeze, Set.of(Segment.THIGH), 2, 3, 2);
		org.w3c.dom.Document still = xml(FigureRenderer.startAndEnd(drawing, "s"));
		NodeList balls = still.getElementsByTagName("ellipse");
		assertThat(balls.getLength()).isEqualTo(2);
		double start = Double.parseDouble(((Element) balls.item(0)).getAttribute("rx"));
		double end = Double.parseDouble(((Element) balls.item(1)).getAttribute("rx"));
		assertThat(end).isLessThan(start - 1);
		String animated = FigureRenderer.animated(drawing, "a");
		xml(animated);
		assertThat(animated).contains("<animate attributeName=\"x2\"").contains("<animate attributeName=\"rx\"")
			.contains("class=\"joint-near-hip\"");
	}

	private static Pose pose(double trunk, Map<Joint, Double> near, double nearOut, double farOut) {
		Map<Joint, Double> n = new EnumMap<>(Joint.class);
		n.putAll(near);
		n.put(Joint.ABDUCTION, nearOut);
		Map<Joint, Double> f = new EnumMap<>(Joint.class);
		f.put(Joint.ABDUCTION, farOut);
		return new Pose("pose", trunk, n, f);
	}

	private static org.w3c.dom.Document xml(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

}
