package org.onetrip.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The settings the front end loads before its first screen. */
@Path("/console-settings.json")
public class ConsoleSettingsResource {
    private final ConsoleSettings settings;

    ConsoleSettingsResource(ConsoleSettings settings) {
        this.settings = settings;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ConsoleSettings.Settings get() {
        return settings.settings();
    }
}
