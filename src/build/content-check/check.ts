/**
 * The pre-build content check: load everything under content/ once, then run each rule over the
 * model. Every problem names the file, the line when it can, the field and what to do.
 */
import type { ContentIssue } from './issues';
import { loadContent } from './load';
import type { ContentModel } from './model';
import { referenceIssues } from './rules/references';
import { markupIssues } from './rules/markup';
import { contactIssues } from './rules/contacts';
import { proseIssues } from './rules/prose';
import { policyIssues, type PolicyOptions } from './rules/policy';
import { dangerIssues } from './rules/danger';

export interface CheckResult {
  issues: ContentIssue[];
  model: ContentModel;
}

export type CheckOptions = PolicyOptions;

/** Each rule reads the model and reports; none reads the disk. */
const RULES: Array<(model: ContentModel, options: CheckOptions) => ContentIssue[]> = [
  referenceIssues,
  markupIssues,
  contactIssues,
  proseIssues,
  policyIssues,
  dangerIssues,
];

/** @param projectRoot the folder that holds content/ (file names in issues are relative to it). */
export function checkContent(projectRoot: string, options: CheckOptions = {}): CheckResult {
  const { model, issues } = loadContent(projectRoot);
  for (const rule of RULES) issues.push(...rule(model, options));
  return { issues, model };
}
