package com.postpartum.backcare.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.postpartum.backcare.figure.Skeleton.Point;
import com.postpartum.backcare.figure.Skeleton.Xy;

/**
 * The band and the ball (docs/content-guide.md, "Illustration"): a band runs from the hands to
 * an anchor at the frame's edge at the hands' starting height and follows the hands; a ball sits
 * between the knees and moves with them. Without them in the file, neither is drawn.
 */
class PropDrawingTest {

	/** A split squat holding a band straight out in front, as content/exercises/split-squat-band-rotation.yml. */
	private static final List<Pose> SPLIT_SQUAT = List.of(
			pose("standing", 90, Map.of(Joint.SHOULDER, -90.0, Joint.HIP, -25.0, Joint.KNEE, 6.0, Joint.ANKLE, -19.0),
					Map.of(Joint.SHOULDER, -90.0, Joint.HIP, 26.0, Joint.KNEE, 26.0, Joint.ANKLE, -15.0)),
			pose("squatting", 90, Map.of(Joint.SHOULDER, -90.0, Joint.HIP, -80.0, Joint.KNEE, 90.0, Joint.ANKLE, 10.0),
					Map.of(Joint.SHOULDER, -90.0, Joint.HIP, -8.0, Joint.KNEE, 104.0, Joint.ANKLE, -15.0)));

	private static final List<Pose> KNEES_BENT = List.of(
			pose("knees bent", 178, Map.of(Joint.SHOULDER, 4.0, Joint.HIP, -48.0, Joint.KNEE, 100.0, Joint.ANKLE, -36.0),
					Map.of()),
			pose("squeezing", 180, Map.of(Joint.SHOULDER, 4.0, Joint.HIP, -46.0, Joint.KNEE, 100.0, Joint.ANKLE, -36.0),
					Map.of()));

	@Test
	void aBandRunsFromTheNearHandToAnAnchorAtTheFrameEdgeInFrontAtStartingHandHeight() throws Exception {
		Illustration squat = illustration(Base.STANDING, Prop.BAND, Contact.NEAR_HAND, SPLIT_SQUAT);
		List<Map<Point, Xy>> points = FigureRenderer.framePoints(squat);
		Document still = xml(FigureRenderer.startAndEnd(drawing(squat), "s"));
		List<Element> bands = byClass(still, "figure-band");
		assertThat(bands).hasSize(2);
		for (int pose = 0; pose < 2; pose++) {
			Element line = (Element) bands.get(pose).getElementsByTagName("line").item(0);
			Xy hand = points.get(pose).get(Point.NEAR_HAND);
			assertThat(number(line, "x2")).isCloseTo(hand.x(), within(0.01));
			assertThat(number(line, "y2")).isCloseTo(hand.y(), within(0.01));
			assertThat(number(line, "x1")).isCloseTo(Layout.WIDTH - FigureRenderer.BAND_ANCHOR_INSET, within(0.01));
			assertThat(number(line, "y1")).isCloseTo(points.get(0).get(Point.NEAR_HAND).y(), within(0.01));
		}
		// The hands drop in the squat, so the band's end must move with them.
		assertThat(points.get(1).get(Point.NEAR_HAND).y()).isLessThan(points.get(0).get(Point.NEAR_HAND).y() - 5);
	}

	@Test
	void theMovingBandFollowsTheHandFromStartToEndAndBack() throws Exception {
		Illustration squat = illustration(Base.STANDING, Prop.BAND, Contact.NEAR_HAND, SPLIT_SQUAT);
		List<Map<Point, Xy>> points = FigureRenderer.framePoints(squat);
		Document moving = xml(FigureRenderer.animated(drawing(squat), "m"));
		Element line = (Element) byClass(moving, "figure-band").get(0).getElementsByTagName("line").item(0);
		NodeList animations = line.getElementsByTagName("animate");
		assertThat(animations.getLength()).isEqualTo(2);
		Element y = (Element) animations.item(1);
		assertThat(y.getAttribute("attributeName")).isEqualTo("y2");
		double[] values = numbers(y.getAttribute("values"));
		double[] times = numbers(y.getAttribute("keyTimes"));
		assertThat(values).hasSameSizeAs(times);
		// Move 2 s, hold 3 s, return 2 s: the end pose is reached at 2/7 and left at 5/7.
		double startY = points.get(0).get(Point.NEAR_HAND).y();
		double endY = points.get(1).get(Point.NEAR_HAND).y();
		assertThat(values[0]).isCloseTo(startY, within(0.01));
		assertThat(values[values.length - 1]).isCloseTo(startY, within(0.01));
		assertThat(valueAt(times, values, 2.0 / 7)).isCloseTo(endY, within(0.01));
		assertThat(valueAt(times, values, 5.0 / 7)).isCloseTo(endY, within(0.01));
		// Half way through the move, the hands (and the band's end) are half way down.
		assertThat(valueAt(times, values, 1.0 / 7)).isBetween(endY + 1, startY - 1);
	}

	@Test
	void aBandHeldBehindHerIsAnchoredAtTheOtherEdge() throws Exception {
		List<Pose> behind = List.of(pose("arms back", 90, Map.of(Joint.SHOULDER, 40.0), Map.of()),
				pose("arms further back", 90, Map.of(Joint.SHOULDER, 55.0), Map.of()));
		Document still = xml(FigureRenderer.start(drawing(illustration(Base.STANDING, Prop.BAND, Contact.NEAR_HAND,
				behind)), "b"));
		Element line = (Element) byClass(still, "figure-band").get(0).getElementsByTagName("line").item(0);
		assertThat(number(line, "x1")).isCloseTo(FigureRenderer.BAND_ANCHOR_INSET, within(0.01));
	}

	@Test
	void aBallSitsBetweenTheKneesAndMovesWithTheNearThigh() throws Exception {
		Illustration squeeze = illustration(Base.SUPINE, Prop.BALL, Contact.NEAR_KNEE, KNEES_BENT);
		for (String svg : List.of(FigureRenderer.animated(drawing(squeeze), "m"),
				FigureRenderer.startAndEnd(drawing(squeeze), "s"))) {
			List<Element> balls = byClass(xml(svg), "figure-ball");
			assertThat(balls).isNotEmpty();
			for (Element ball : balls) {
				assertThat(ball.getTagName()).isEqualTo("circle");
				assertThat(((Element) ball.getParentNode()).getAttribute("class")).isEqualTo("joint-near-hip");
				assertThat(number(ball, "cx")).isCloseTo(Body.THIGH - FigureRenderer.BALL_ABOVE_KNEE, within(0.01));
				assertThat(number(ball, "r")).isGreaterThan(Body.THIGH_WIDTH / 2);
			}
		}
	}

	@Test
	void withoutABandOrABallNeitherIsDrawn() throws Exception {
		Illustration plain = illustration(Base.SUPINE, Prop.MAT, null, KNEES_BENT);
		for (String svg : List.of(FigureRenderer.animated(drawing(plain), "m"),
				FigureRenderer.startAndEnd(drawing(plain), "s"))) {
			assertThat(byClass(xml(svg), "figure-band")).isEmpty();
			assertThat(byClass(xml(svg), "figure-ball")).isEmpty();
		}
	}

	private static Pose pose(String name, double trunk, Map<Joint, Double> near, Map<Joint, Double> far) {
		Map<Joint, Double> nearAll = new EnumMap<>(Joint.class);
		nearAll.putAll(near);
		Map<Joint, Double> farAll = new EnumMap<>(Joint.class);
		farAll.putAll(far);
		return new Pose(name, trunk, nearAll, farAll);
	}

	private static Illustration illustration(Base base, Prop prop, Contact at, List<Pose> keyframes) {
		return new Illustration(base, Illustration.View.SIDE, List.of(new Prop.Placed(prop, at)), Set.of(), Set.of(),
				false, keyframes);
	}

	private static FigureRenderer.Drawing drawing(Illustration illustration) {
		return new FigureRenderer.Drawing("Title", "Description", illustration, Set.of(), 2, 3, 2);
	}

	private static Document xml(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<Element> byClass(Document xml, String name) {
		List<Element> found = new ArrayList<>();
		NodeList all = xml.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			if (Arrays.asList(e.getAttribute("class").split(" ")).contains(name)) {
				found.add(e);
			}
		}
		return found;
	}

	private static double number(Element e, String attribute) {
		return Double.parseDouble(e.getAttribute(attribute));
	}

	private static double[] numbers(String list) {
		return Arrays.stream(list.split(";")).mapToDouble(Double::parseDouble).toArray();
	}

	/** The animated value at a time, between the listed ones. */
	private static double valueAt(double[] times, double[] values, double t) {
		for (int i = 0; i + 1 < times.length; i++) {
			if (t >= times[i] - 1e-4 && t <= times[i + 1] + 1e-4) {
				double span = times[i + 1] - times[i];
				double f = span == 0 ? 0 : Math.max(0, Math.min(1, (t - times[i]) / span));
				return values[i] + (values[i + 1] - values[i]) * f;
			}
		}
		throw new AssertionError("no time " + t);
	}

}
