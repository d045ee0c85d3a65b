/**
 * Astro content collections. The schemas live in src/lib/content/schemas.ts so the pre-build
 * checker (src/integrations/content-checks.ts) validates with exactly the same rules.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { articleSchema, contactSchema, synonymSchema, topicSchema, troubleshooterSchema, walletSchema } from './lib/content/schemas';

export const collections = {
  wallets: defineCollection({ loader: file('content/wallets.yaml'), schema: walletSchema }),
  topics: defineCollection({ loader: file('content/topics.yaml'), schema: topicSchema }),
  contacts: defineCollection({ loader: file('content/contacts.yaml'), schema: contactSchema }),
  /** The list has no ids; the file loader needs one per entry, so the position serves. */
  synonyms: defineCollection({
    loader: file('content/search-synonyms.yaml', { parser: (text) => (parseYaml(text) as object[]).map((s, i) => ({ id: String(i), ...s })) }),
    schema: synonymSchema.extend({ id: z.string() }),
  }),
  /** content/articles/<wallet>/<slug>.mdx → id `wallet/slug` → URL /wallet/slug/ */
  articles: defineCollection({ loader: glob({ pattern: '*/*.{md,mdx}', base: './content/articles' }), schema: articleSchema }),
  troubleshooters: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/troubleshooters' }), schema: troubleshooterSchema }),
};
