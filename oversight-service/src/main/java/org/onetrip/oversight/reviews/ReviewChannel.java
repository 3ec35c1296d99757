package org.onetrip.oversight.reviews;

/** Where a review was given, as the national 好差评 practice names its channels. */
public enum ReviewChannel {
    WINDOW_DEVICE("窗口评价器"), PORTAL("政务服务网"), MOBILE("移动端"), SMS("短信"), HOTLINE_12345("12345 热线"),
    QR_CODE("二维码");

    private final String label;

    ReviewChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
