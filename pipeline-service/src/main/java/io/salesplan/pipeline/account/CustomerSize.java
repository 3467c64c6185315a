package io.salesplan.pipeline.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The customer's size class: SMALL, MID, LARGE or ENTERPRISE.")
public enum CustomerSize {
    SMALL, MID, LARGE, ENTERPRISE
}
