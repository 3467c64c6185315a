package io.salesplan.activity.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of activity: a call, a visit, a demo, an e-mail, a meeting or something else.")
public enum ActivityType {
    CALL, VISIT, DEMO, EMAIL, MEETING, OTHER
}
