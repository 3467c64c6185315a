// Generates a TypeScript client (types for openapi-fetch) from each service's live OpenAPI document,
// as a front-end team would: openapi-typescript with its default options, nothing edited by hand.
// The base URLs default to the local run (deploy/local/run); SALESPLAN_<SERVICE>_URL overrides each.
import fs from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";

const services = {
  goals: process.env.SALESPLAN_GOALS_URL ?? "http://127.0.0.1:8081",
  pipeline: process.env.SALESPLAN_PIPELINE_URL ?? "http://127.0.0.1:8082",
  activity: process.env.SALESPLAN_ACTIVITY_URL ?? "http://127.0.0.1:8083",
  review: process.env.SALESPLAN_REVIEW_URL ?? "http://127.0.0.1:8084",
};

fs.mkdirSync("generated", { recursive: true });
for (const [name, base] of Object.entries(services)) {
  const url = `${base}/q/openapi?format=json`;
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  const document = await response.json();
  const ast = await openapiTS(document);
  fs.writeFileSync(`generated/${name}.ts`, `// Generated from ${url} by openapi-typescript. Do not edit.\n` + astToString(ast));
  console.log(`generated/${name}.ts from ${url}`);
}
