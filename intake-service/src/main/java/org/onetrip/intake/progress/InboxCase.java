package org.onetrip.intake.progress;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.onetrip.intake.cases.CaseDepartment;
import org.onetrip.intake.cases.CaseView;

import java.time.OffsetDateTime;

/**
 * A case in a department's inbox: the case as staff see it, the department's own stage in it, the working days
 * left to the promised date (0: due today; negative: overdue by so many working days; none once the department
 * decided or the case is not running) and when the department decided it. While the case is suspended the count is as
 * it stood: resuming moves the date.
 */
public record InboxCase(@JsonUnwrapped CaseView view, CaseDepartment.Stage departmentStage, Integer workingDaysLeft,
                        OffsetDateTime departmentDecidedAt) {
}
