package com.postpartum.backcare.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Pain before and after, drawn on the server as SVG coordinates (no script), for the last
 * {@value #MAX_POINTS} sessions. The page shows the same numbers as a table.
 */
public record PainChart(int width, int height, String beforeLine, String afterLine, List<Point> points) {

	static final int MAX_POINTS = 30;

	static final int WIDTH = 320;

	static final int HEIGHT = 160;

	static final int PADDING = 20;

	public record Point(String day, int before, int after, int x, int yBefore, int yAfter) {
	}

	/** A straight line of the chart. */
	public record Line(int x1, int y1, int x2, int y2) {
	}

	/** A number written beside the pain axis, level with its height. */
	public record Tick(String label, int x, int y) {
	}

	/** Along pain 0, then up the pain axis from 0 to 10. */
	public List<Line> axes() {
		return List.of(new Line(PADDING, y(0), WIDTH - PADDING, y(0)), new Line(PADDING, y(10), PADDING, y(0)));
	}

	/** 10 and 0, ending a few units left of the pain axis (a digit is about 4 units wide). */
	public List<Tick> ticks() {
		return Stream.of(10, 0).map(pain -> {
			String label = String.valueOf(pain);
			return new Tick(label, PADDING - 8 - 4 * label.length(), y(pain) + 4);
		}).toList();
	}

	static PainChart of(List<ProgressRules.SessionFacts> history) {
		List<ProgressRules.SessionFacts> shown = history.subList(Math.max(0, history.size() - MAX_POINTS), history.size());
		List<Point> points = new ArrayList<>();
		StringBuilder before = new StringBuilder();
		StringBuilder after = new StringBuilder();
		for (int i = 0; i < shown.size(); i++) {
			ProgressRules.SessionFacts s = shown.get(i);
			int x = shown.size() == 1 ? WIDTH / 2 : PADDING + i * (WIDTH - 2 * PADDING) / (shown.size() - 1);
			Point point = new Point(s.day().toString(), s.painBefore(), s.painAfter(), x, y(s.painBefore()), y(s.painAfter()));
			points.add(point);
			before.append(i == 0 ? "" : " ").append(x).append(',').append(point.yBefore());
			after.append(i == 0 ? "" : " ").append(x).append(',').append(point.yAfter());
		}
		return new PainChart(WIDTH, HEIGHT, before.toString(), after.toString(), points);
	}

	/** Pain 0 at the bottom, 10 at the top. */
	private static int y(int pain) {
		return HEIGHT - PADDING - pain * (HEIGHT - 2 * PADDING) / 10;
	}

}
