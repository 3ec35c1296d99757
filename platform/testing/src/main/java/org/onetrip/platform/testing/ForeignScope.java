package org.onetrip.platform.testing;

import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes tried with the right role from the wrong place (another town, department or village), for the services'
 * {@code ForeignScopeTest}s: each must be refused with 403, or 404 where the thing's existence is not the caller's to
 * learn.
 */
public final class ForeignScope {
    /** One change: what it is (for the report), who tries it, how, and with what body (null: none). */
    public record Attempt(String what, RequestSpecification as, String method, String path, Object body) {
    }

    private ForeignScope() {
    }

    /** The attempts that were not refused, with the status each got; empty when every one was. */
    public static List<String> notRefused(List<Attempt> attempts) {
        List<String> wrong = new ArrayList<>();
        for (Attempt a : attempts) {
            RequestSpecification request = a.body() == null ? a.as() : a.as().body(a.body());
            int status = request.request(a.method(), a.path()).statusCode();
            if (status != 403 && status != 404) {
                wrong.add(a.what() + ": " + status);
            }
        }
        return wrong;
    }
}
