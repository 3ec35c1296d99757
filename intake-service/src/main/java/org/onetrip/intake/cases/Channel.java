package org.onetrip.intake.cases;

/**
 * How a case came in: at the integrated window, through a proxy agent (who brings it to the window), online or by
 * mobile, or at a department's own counter (分散受理, registered by the department: the cases the 一窗受理 share
 * measures against).
 */
public enum Channel { WINDOW, PROXY, ONLINE, MOBILE, DEPARTMENT_COUNTER }
