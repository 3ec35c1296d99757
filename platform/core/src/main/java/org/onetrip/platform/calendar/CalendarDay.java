package org.onetrip.platform.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A date that differs from the Monday-to-Friday rule: a holiday, or a make-up working day. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {
    @Id
    public LocalDate day;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkingDays.Kind kind;
    public String name;
}
