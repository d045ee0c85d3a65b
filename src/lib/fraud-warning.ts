/** Whether an article must show the fake-customer-service warning. */
export function needsFraudWarning(article: { fraudWarning: boolean }, topic: { fraudWarning: boolean } | undefined): boolean {
  return article.fraudWarning || Boolean(topic?.fraudWarning);
}
