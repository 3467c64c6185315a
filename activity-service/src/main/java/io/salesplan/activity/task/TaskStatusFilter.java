package io.salesplan.activity.task;

/** The status filter of the task list: OPEN (every open task, overdue ones included), DONE, or OVERDUE (open and past due). */
public enum TaskStatusFilter {
    OPEN, DONE, OVERDUE
}
