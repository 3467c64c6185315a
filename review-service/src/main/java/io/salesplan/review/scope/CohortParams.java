package io.salesplan.review.scope;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The creation days of a report's cohort of deals (conversion, segments), bound with {@code @BeanParam}. */
public record CohortParams(
        @Parameter(description = "First creation day of the cohort", schema = @Schema(type = SchemaType.STRING,
                format = "date")) @QueryParam("from") String from,
        @Parameter(description = "Last creation day of the cohort", schema = @Schema(type = SchemaType.STRING,
                format = "date")) @QueryParam("to") String to) {

    /** The cohort's window replayed on the report's asOf; a 400 naming the field that is wrong. */
    public ReportWindow window(ReportParams report, BusinessCalendar calendar) {
        return ReportWindow.parse(from, to, report.asOf(), calendar);
    }
}
