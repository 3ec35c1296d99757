package org.onetrip.intake.appointments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.onetrip.platform.errors.ProblemException;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A service centre (政务服务中心, 便民服务中心): where residents make their one trip. It is open in the same periods on
 * every working day of the calendar (every day, if it stays open on rest days); each period is cut into slots of {@code slotMinutes}, each bookable by
 * {@code slotCapacity} residents, up to {@code bookingDays} ahead.
 */
@Entity
@Table(name = "service_centre")
public class ServiceCentre extends PanacheEntityBase {

    /** One opening period of a working day, e.g. 09:00 to 12:00. */
    public record OpeningPeriod(String opens, String closes) {
    }

    @Id
    public String code;
    public String name;
    public String jurisdiction;
    public String address;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "opening_hours")
    public List<OpeningPeriod> openingHours;
    /** Open every day (周末不打烊), not only on the calendar's working days. */
    @Column(name = "open_on_rest_days")
    public boolean openOnRestDays;
    @Column(name = "slot_minutes")
    public int slotMinutes;
    @Column(name = "slot_capacity")
    public int slotCapacity;
    @Column(name = "booking_days")
    public int bookingDays;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static ServiceCentre require(String code) {
        return ServiceCentre.<ServiceCentre>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("entity.service-centre", code));
    }
}
