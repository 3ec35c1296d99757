package org.onetrip.oversight;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** oversight's settings ({@code onetrip.oversight.*} in application.properties), typed and in one place. */
@ConfigMapping(prefix = "onetrip.oversight")
public interface OversightConfig {

    /** A warning when this share of a case's working days has passed (0.8). */
    double warningShare();

    /** How often the deadline watch runs ("60s"; "off" stops it), read by its schedule. */
    String watchEvery();

    /** Working days a department has to call back after a bad review. */
    int callbackWorkingDays();

    /** Working days a department has to report the rectification. */
    int rectificationWorkingDays();

    /** Working days a department has to reply to a complaint. */
    int complaintReplyWorkingDays();

    /** Working days after completion within which the applicant may rate; unrated then, the case gets the default. */
    @WithDefault("5")
    int defaultRatingWorkingDays();

    /** The default rating of a case its applicant did not rate in time (the practice: 满意). */
    @WithDefault("SATISFIED")
    org.onetrip.oversight.reviews.Rating defaultRating();

    /** What deputies score each quarter, each 0 to 100. */
    List<String> assessmentCriteria();

    /** When the weekly board is made (周三上墙日), and in which zone. */
    @WithDefault("0 0 9 ? * WED")
    String boardCron();

    @WithDefault("Asia/Shanghai")
    String boardTimeZone();
}
