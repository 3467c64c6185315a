package io.salesplan.review.variance;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The variance of every active goal of one owner and period")
public record VarianceList(List<GoalVarianceView> items) {
}
