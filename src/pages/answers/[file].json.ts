/** The answer index as static files: key shards (k<n>), doc chunks (d<n>) and character readings (r), named by build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAnswerIndex } from '../../queries/answers';

export const getStaticPaths = (async () => {
  const index = await getAnswerIndex();
  const { build } = index.meta;
  return [
    ...index.shards.map((shard, n) => ({ params: { file: `k${n}.${build}` }, props: { body: shard } })),
    ...index.chunks.map((chunk, n) => ({ params: { file: `d${n}.${build}` }, props: { body: chunk } })),
    { params: { file: `r.${build}` }, props: { body: index.readings } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json' } });
