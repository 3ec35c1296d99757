package org.onetrip.platform.transactions;

import jakarta.persistence.EntityManager;

/**
 * The statements of the current transaction planned for the values they are given, not once for any value. A filter
 * of a jurisdiction and everything below it ({@code jurisdiction like '3301%'}) or an optional one ({@code ?2 is null
 * or status = ?2}) can use an index only where the planner sees the value; the plan PostgreSQL caches for a prepared
 * statement after five calls is made for any value, and reads the whole table (bench scenario 8: a town's clerk's list
 * read a million cases). For the few reads that filter so, at the price of planning each time.
 */
public final class PlannedPerCall {
    private PlannedPerCall() {
    }

    /** From here to the end of the current transaction (which there must be). */
    public static void forThisTransaction(EntityManager entityManager) {
        entityManager.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
    }
}
