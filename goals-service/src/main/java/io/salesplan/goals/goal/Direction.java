package io.salesplan.goals.goal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "AT_LEAST: the target is met when the actual reaches it; AT_MOST: when the actual stays at or below it (sales cycle days).")
public enum Direction {
    AT_LEAST, AT_MOST
}
