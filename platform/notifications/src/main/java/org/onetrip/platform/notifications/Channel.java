package org.onetrip.platform.notifications;

/** How a message reaches a resident; a resident may opt out of each. */
public enum Channel {
    SMS, EMAIL
}
