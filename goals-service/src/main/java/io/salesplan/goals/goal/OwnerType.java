package io.salesplan.goals.goal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who owns a goal: the whole COMPANY (ownerId null), a TEAM or a REP.")
public enum OwnerType {
    COMPANY, TEAM, REP
}
