package io.salesplan.web.proxy;

/** The four services an API path can belong to. */
public enum Upstream {
    GOALS("goals-service"),
    PIPELINE("pipeline-service"),
    ACTIVITY("activity-service"),
    REVIEW("review-service");

    private final String service;

    Upstream(String service) {
        this.service = service;
    }

    public String service() {
        return service;
    }
}
