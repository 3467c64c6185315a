package io.salesplan.goals.adjustment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanAdjustments", description = "The proposals for one goal, oldest first.")
public record PlanAdjustmentListResponse(List<PlanAdjustmentResponse> items) {
}
