package org.onetrip.proxyagent.agents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A proxy agent (代办员) of the district, a town or a village, or a liaison cadre backing them. */
@Entity
@Table(name = "agent")
public class Agent extends PanacheEntityBase {
    public enum Level { DISTRICT, TOWN, VILLAGE }

    /** 妇女干部, 大学生村官, 文书, 联村干部, 联厂干部. */
    public enum Role { WOMEN_CADRE, COLLEGE_GRADUATE_OFFICIAL, VILLAGE_CLERK, VILLAGE_LIAISON_CADRE, FACTORY_LIAISON_CADRE }

    @Id
    public UUID id;
    /** The login (token subject) of the agent. */
    @Column(nullable = false, unique = true)
    public String subject;
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;
    @Column(nullable = false)
    public String jurisdiction;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Role> roles;
    @Column(name = "party_member")
    public boolean partyMember;
    public String phone;
    public boolean active;
    public int capacity;
    /** Item codes the agent handles (亮清单); empty means every proxy-eligible item. */
    /** The villages a 联村干部 is linked to (codes within the agent's town). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> villages;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> items;
    public String duties;
    public String pledge;
    /** For factory-liaison cadres: the enterprises assigned to them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> enterprises;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean handles(String itemCode) {
        return items.isEmpty() || items.contains(itemCode);
    }

    public static Optional<Agent> bySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
