package org.onetrip.intake.cases;

/** How a case reached the window. */
public enum Channel { WINDOW, PROXY, ONLINE, MOBILE }
