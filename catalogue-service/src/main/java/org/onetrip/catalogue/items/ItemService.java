package org.onetrip.catalogue.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.errors.ProblemMessages;
import org.onetrip.platform.security.Caller;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The editing and publishing of items: every change to the catalogue goes through here, each made by a caller who
 * manages the item ({@link ItemCode#requireManagedBy}).
 */
@ApplicationScoped
public class ItemService {
    private final Completeness completeness;
    private final ItemEvents events;

    ItemService(Completeness completeness, ItemEvents events) {
        this.completeness = completeness;
        this.events = events;
    }

    /** A new item, as its first draft. */
    @Transactional
    public ItemVersion create(String code, ItemGuide guide, Caller caller) {
        ItemCode.requireManagedBy(caller, code);
        rejectMismatches(code, guide);
        if (ItemVersion.count("code", code) > 0) {
            throw new ProblemException(ProblemKind.CONFLICT, "item.exists", code);
        }
        return newVersion(code, 1, guide, caller.subject());
    }

    /** Saves the draft: the open one is edited, or a new version is drafted from the latest. */
    @Transactional
    public ItemVersion saveDraft(String code, ItemGuide guide, Caller caller) {
        ItemCode.requireManagedBy(caller, code);
        rejectMismatches(code, guide);
        ItemVersion latest = ItemVersion.latest(code).orElseThrow(() -> ProblemException.notFound("entity.item", code));
        if (latest.status != ItemStatus.DRAFT) {
            return newVersion(code, latest.version + 1, guide, caller.subject());
        }
        latest.setGuide(guide);
        latest.updatedAt = now();
        return latest;
    }

    /** Edits one version, which must be the open draft: a published version never changes. */
    @Transactional
    public ItemVersion editVersion(String code, int version, ItemGuide guide, Caller caller) {
        ItemCode.requireManagedBy(caller, code);
        ItemVersion existing = ItemVersion.of(code, version);
        if (existing.status != ItemStatus.DRAFT) {
            throw new ProblemException(ProblemKind.CONFLICT, "item.version-immutable", code, version,
                    new ProblemMessages.Key("status." + existing.status));
        }
        return saveDraft(code, guide, caller);
    }

    /** Publishes the draft, superseding the published version, and tells the other services. */
    @Transactional
    public ItemVersion publish(String code, Caller caller) {
        ItemCode.requireManagedBy(caller, code);
        ItemVersion draft = ItemVersion.current(code, ItemStatus.DRAFT)
                .orElseThrow(() -> noDraft(code));
        List<FieldViolation> missing = completeness.missing(draft.guide);
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemKind.UNPROCESSABLE, missing, "item.incomplete", missing.size());
        }
        OffsetDateTime now = now();
        ItemVersion.current(code, ItemStatus.PUBLISHED).ifPresent(old -> {
            old.moveTo(ItemStatus.SUPERSEDED);
            old.endedAt = now;
            // The superseded row must leave the one-published-per-item index before the draft joins it.
            old.flush();
        });
        draft.moveTo(ItemStatus.PUBLISHED);
        draft.publishedAt = now;
        draft.publishedBy = caller.subject();
        draft.updatedAt = now;
        events.published(draft);
        return draft;
    }

    @Transactional
    public ItemVersion withdraw(String code, String reason, Caller caller) {
        ItemCode.requireManagedBy(caller, code);
        ItemVersion published = ItemVersion.current(code, ItemStatus.PUBLISHED).orElseThrow(() ->
                ItemVersion.count("code", code) == 0
                        ? ProblemException.notFound("entity.item", code)
                        : new ProblemException(ProblemKind.ILLEGAL_TRANSITION, "item.not-published", code));
        OffsetDateTime now = now();
        published.moveTo(ItemStatus.WITHDRAWN);
        published.endedAt = now;
        published.updatedAt = now;
        published.withdrawalReason = reason;
        events.withdrawn(published);
        return published;
    }

    private ProblemException noDraft(String code) {
        return ItemVersion.count("code", code) == 0
                ? ProblemException.notFound("entity.item", code)
                : new ProblemException(ProblemKind.ILLEGAL_TRANSITION, "item.no-draft", code);
    }

    private static void rejectMismatches(String code, ItemGuide guide) {
        List<FieldViolation> mismatches = ItemCode.mismatches(code, guide, "code", "");
        if (!mismatches.isEmpty()) {
            throw ProblemException.invalid(mismatches);
        }
    }

    private static ItemVersion newVersion(String code, int number, ItemGuide guide, String actor) {
        ItemVersion v = new ItemVersion();
        v.code = code;
        v.version = number;
        v.status = ItemStatus.DRAFT;
        v.setGuide(guide);
        v.createdAt = now();
        v.updatedAt = v.createdAt;
        v.createdBy = actor;
        v.persist();
        return v;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
