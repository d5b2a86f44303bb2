package com.postpartum.backcare.practice;

import java.util.ArrayList;
import java.util.List;

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
