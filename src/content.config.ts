/**
 * Astro content collections. The schemas live in src/lib/content/schemas.ts so the pre-build
 * checker (src/build/integrations/content-checks.ts) validates with exactly the same rules.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { articleSchema, contactSchema, dangerSignSchema, searchIntentSchema, synonymSchema, termSchema, topicSchema, troubleshooterSchema, walletSchema } from './lib/content/schemas';

const root = 'content';

export const collections = {
  wallets: defineCollection({ loader: file(`${root}/wallets.yaml`), schema: walletSchema }),
  topics: defineCollection({ loader: file(`${root}/topics.yaml`), schema: topicSchema }),
  contacts: defineCollection({ loader: file(`${root}/contacts.yaml`), schema: contactSchema }),
  /** The list has no ids; the file loader needs one per entry, so the position serves. */
  synonyms: defineCollection({
    loader: file(`${root}/search-synonyms.yaml`, { parser: (text) => (parseYaml(text) as object[]).map((s, i) => ({ id: String(i), ...s })) }),
    schema: synonymSchema.extend({ id: z.string() }),
  }),
  /** Scam patterns that put an anti-fraud page first in search. */
  /** Scam rules, most specific first: `position` keeps the file's order (the collection is keyed by id). */
  searchIntents: defineCollection({
    loader: file(`${root}/search-intents.yaml`, { parser: (text) => (parseYaml(text) as object[]).map((s, i) => ({ ...s, position: i })) }),
    schema: searchIntentSchema.extend({ position: z.number() }),
  }),
  /** What a reader in danger types: search shows the emergency numbers first.  */
  dangerSigns: defineCollection({
    loader: file(`${root}/danger-signs.yaml`),
    schema: dangerSignSchema,
  }),
  /** Preferred words and their variants; search reads a variant as the preferred word. */
  terms: defineCollection({
    loader: file(`${root}/terms.yaml`, { parser: (text) => (parseYaml(text) as object[]).map((t, i) => ({ id: String(i), ...t })) }),
    schema: termSchema.extend({ id: z.string() }),
  }),
  /** content/articles/<wallet>/<slug>.mdx → id `wallet/slug` → URL /wallet/slug/ */
  articles: defineCollection({ loader: glob({ pattern: '*/*.{md,mdx}', base: `${root}/articles` }), schema: articleSchema }),
  troubleshooters: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/troubleshooters` }), schema: troubleshooterSchema }),
};
