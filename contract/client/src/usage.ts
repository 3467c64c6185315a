// A front-end team's first steps with the generated goals-service client, against a running suite:
// create a team and a revenue goal, read its action plan, and read the problems the API answers.
// Written as a user writes it: no casts, no non-null assertions, fields the contract promises used as
// they are. It compiles only if the OpenAPI document is exact, and runs only if the service keeps it.
import createClient from "openapi-fetch";
import type { paths as Goals } from "../generated/goals.js";

const token = process.env.SALESPLAN_TOKEN;
if (!token) {
  throw new Error("SALESPLAN_TOKEN is not set (deploy/local/token --role admin prints one)");
}
const goals = createClient<Goals>({
  baseUrl: process.env.SALESPLAN_GOALS_URL ?? "http://127.0.0.1:8081",
  headers: { Authorization: `Bearer ${token}` },
});

function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(`client check failed: ${what}`);
  }
  console.log(`ok  ${what}`);
}

const run = Math.random().toString(36).slice(2, 10);

const team = await goals.POST("/api/v1/teams", { body: { name: `Client check ${run}` } });
if (!team.data) {
  throw new Error(`creating a team failed: ${JSON.stringify(team.error)}`);
}
check(team.response.status === 201 && team.data.name === `Client check ${run}`, "a team is created (201)");
check(team.response.headers.get("Location")?.endsWith(`/api/v1/teams/${team.data.id}`) ?? false,
  "Location names the new team");

const goal = await goals.POST("/api/v1/goals", {
  body: {
    title: `Revenue ${run}`,
    type: "KEY_RESULT",
    ownerType: "TEAM",
    ownerId: team.data.id,
    period: "2026",
    metric: "REVENUE_WON",
    targetValue: 1_000_000,
  },
});
if (!goal.data) {
  throw new Error(`creating a goal failed: ${JSON.stringify(goal.error)}`);
}
check(goal.data.periodStart === "2026-01-01" && goal.data.periodEnd === "2026-12-31" && goal.data.direction === "AT_LEAST",
  "the goal's derived period and direction");

const plan = await goals.POST("/api/v1/goals/{id}/action-plan", {
  params: { path: { id: goal.data.id } },
  body: { averageDealSize: 100_000, winRate: 0.2, activitiesPerOpportunity: { VISIT: 3, CALL: 10 }, apply: false },
});
if (!plan.data) {
  throw new Error(`the action plan failed: ${JSON.stringify(plan.error)}`);
}
check(plan.data.workingDays === 261, "2026 has 261 working days");
check(plan.data.totals.deals === 10 && plan.data.totals.opportunities === 50,
  "1 000 000 ÷ 100 000 = 10 deals; at a 20 % win rate, 50 opportunities");
check(plan.data.totals.activities["VISIT"] === 150 && plan.data.totals.activities["CALL"] === 500,
  "3 visits and 10 calls per opportunity");
check(plan.data.owners.length === 1 && plan.data.owners[0]?.ownerId === team.data.id,
  "a team without reps plans for itself");

const missing = await goals.GET("/api/v1/goals/{id}", {
  params: { path: { id: "00000000-0000-4000-8000-00000000dead" } },
});
check(missing.data === undefined && missing.error?.status === 404 && missing.error.title !== undefined,
  "an unknown goal is a 404 problem with a title");
check(missing.response.headers.get("Content-Type")?.startsWith("application/problem+json") ?? false,
  "problems are application/problem+json");

const invalid = await goals.POST("/api/v1/goals", {
  body: { title: `Bad ${run}`, type: "KEY_RESULT", ownerType: "COMPANY", period: "2026-Q5", metric: "DEALS_WON", targetValue: 5 },
});
check(invalid.error?.status === 400 && (invalid.error.errors ?? []).some((e) => e.field === "period"),
  "a bad period is a 400 naming the field");

console.log("The generated goals-service client works as documented.");
