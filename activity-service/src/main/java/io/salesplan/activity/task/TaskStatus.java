package io.salesplan.activity.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "OPEN until completed, then DONE.")
public enum TaskStatus {
    OPEN, DONE
}
