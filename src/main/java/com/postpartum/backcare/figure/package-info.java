/**
 * Exercise figures drawn from pose data (docs/content-guide.md, "Illustration"): the pose
 * model, the forward kinematics of a side-view figure, the checks of a pose and the SVG
 * renderer. A base package like {@code web} and {@code content}: plain Java, no Spring, no
 * feature, so the catalogue's validator and its pages share one geometry.
 */
package com.postpartum.backcare.figure;
