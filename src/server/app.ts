/**
 * The leaderboard's HTTP API on Fastify 5 (README, "Leaderboard server"; OpenAPI at
 * /api/openapi.json). Every client error is JSON `{ error, message, problems? }` and stores
 * nothing: the runner name is claimed only after the record passed every check. Record content
 * is data only: it is parsed, re-simulated in a worker, and sent back as JSON, never executed
 * or rendered.
 */
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { categoriesOf } from '../speedrun/categories';
import type { GameEnv } from '../speedrun/verify';
import { compatibility } from '../speedrun/verify';
import {
  boardCategories,
  boardProblem,
  difficultiesOf,
  isBoardCategory,
  rankedCategory,
} from './boards';
import type { ServerConfig } from './config';
import type { Db } from './db';
import { serveDist } from './staticFiles';
import { board, claimRunner, getRecordText, getRun, insertRun } from './store';
import { type ClientError, checkName, decodeSubmission, parseSubmittedRecord } from './submission';

export const BODY_LIMIT = 256 * 1024;

export interface AppDeps {
  db: Db;
  envs: Map<string, GameEnv>;
  config: Pick<ServerConfig, 'rateLimit' | 'distDir'>;
  /** A new run was stored: queue its verification. */
  submitted: (runId: string) => Promise<void>;
  /** What /api/health reports about verification in this process. */
  verifierInfo?: () => { threads: number; busy: number };
}

const errorSchema = {
  type: 'object',
  required: ['error', 'message'],
  properties: {
    error: { type: 'string' },
    message: { type: 'string' },
    problems: {
      type: 'array',
      items: {
        type: 'object',
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const;

const splitsSchema = {
  type: 'array',
  items: { type: 'object', properties: { id: { type: 'string' }, tick: { type: 'integer' } } },
} as const;

const runSchema = {
  type: 'object',
  required: [
    'id',
    'runner',
    'mission',
    'category',
    'difficulty',
    'status',
    'igtTicks',
    'igt',
    'submittedAt',
  ],
  properties: {
    id: { type: 'string' },
    runner: { type: 'string' },
    mission: { type: 'string' },
    category: { type: 'string' },
    difficulty: { type: 'string' },
    status: { type: 'string', enum: ['pending', 'verified', 'rejected'] },
    igtTicks: {
      type: 'integer',
      description: 'verified IGT in ticks (60 per second); the claimed one while pending',
    },
    igt: { type: 'string' },
    reason: { type: 'string' },
    divergedAtTick: { type: 'integer' },
    submittedAt: { type: 'string', format: 'date-time' },
    verifiedAt: { type: 'string', format: 'date-time' },
  },
} as const;

const idParam = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[0-9a-f]{32}$' } },
} as const;

function sendError(
  reply: FastifyReply,
  e: ClientError | { status: number; error: string; message: string },
) {
  const { status, error, message } = e;
  return reply
    .code(status)
    .send({ error, message, ...('problems' in e && e.problems ? { problems: e.problems } : {}) });
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { db, envs } = deps;
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: false,
    // A record's JSON is data: no prototype keys make it through the parser.
    onProtoPoisoning: 'remove',
    onConstructorPoisoning: 'remove',
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true } },
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Shutdown leaderboard',
        version: '1',
        description:
          'Run records are re-simulated on the server; only verified runs are ranked ("verified by re-simulation").',
      },
      components: {
        securitySchemes: { runnerToken: { type: 'http', scheme: 'bearer' } },
      },
    },
  });

  await app.register(fastifyRateLimit, {
    global: true,
    max: deps.config.rateLimit.readPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      error: 'rate_limited',
      message: `too many requests: at most ${ctx.max} per minute, try again in ${Math.ceil(ctx.ttl / 1000)} s`,
    }),
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  // Zipped records arrive as bytes; JSON keeps Fastify's own parser (and its 400 on bad JSON).
  app.addContentTypeParser(
    ['application/gzip', 'application/x-gzip', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: BODY_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.setErrorHandler(
    (err: Error & { code?: string; statusCode?: number; validation?: unknown }, _req, reply) => {
      if (err.statusCode === 429)
        return reply.code(429).send({ error: 'rate_limited', message: err.message });
      if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return sendError(reply, {
          status: 413,
          error: 'too_large',
          message: `the body is larger than ${BODY_LIMIT} bytes`,
        });
      if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        return sendError(reply, {
          status: 415,
          error: 'unsupported_media_type',
          message: 'send application/json or application/gzip',
        });
      if (err.validation || (err.statusCode && err.statusCode >= 400 && err.statusCode < 500))
        return sendError(reply, {
          status: err.statusCode ?? 400,
          error: err.validation ? 'invalid_request' : 'malformed',
          message: err.message,
        });
      console.error(`server: ${err.message}`);
      return sendError(reply, { status: 500, error: 'internal', message: 'internal error' });
    },
  );

  app.setNotFoundHandler((req, reply) =>
    sendError(reply, {
      status: 404,
      error: 'not_found',
      message: `no route ${req.method} ${req.url.split('?')[0]}`,
    }),
  );

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Whether this is a Shutdown leaderboard server, and what it ranks',
        response: {
          200: {
            type: 'object',
            properties: {
              service: { type: 'string' },
              database: { type: 'string' },
              missions: { type: 'array', items: { type: 'string' } },
              categories: { type: 'array', items: { type: 'string' } },
              rankedCategory: { type: 'string' },
              difficulties: { type: 'array', items: { type: 'string' } },
              boards: {
                type: 'object',
                additionalProperties: {
                  type: 'object',
                  properties: {
                    categories: { type: 'array', items: { type: 'string' } },
                    rankedCategory: { type: 'string' },
                    difficulties: { type: 'array', items: { type: 'string' } },
                  },
                },
              },
              verifyThreads: { type: 'integer' },
              verifying: { type: 'integer' },
            },
          },
        },
      },
    },
    async () => {
      const v = deps.verifierInfo?.() ?? { threads: 0, busy: 0 };
      const boards = Object.fromEntries(
        [...envs].map(([id, env]) => [
          id,
          {
            categories: boardCategories(env.script),
            rankedCategory: rankedCategory(env.script),
            difficulties: difficultiesOf(env.script),
          },
        ]),
      );
      const first = Object.values(boards)[0]!;
      return {
        service: 'shutdown-leaderboard',
        database: db.kind,
        missions: [...envs.keys()],
        // The first mission's boards, for a client that knows one mission.
        ...first,
        boards,
        verifyThreads: v.threads,
        verifying: v.busy,
      };
    },
  );

  app.post(
    '/api/runs',
    {
      config: { rateLimit: { max: deps.config.rateLimit.submitPerMinute, timeWindow: 60_000 } },
      schema: {
        summary: 'Submit a run record for verification',
        description:
          'Body: JSON `{runner, record}`, or the record itself as JSON or gzip with `?runner=NAME`. At most 256 KB. ' +
          'A name is claimed by its first submission, whose answer holds the runner token (shown once); ' +
          'later submissions for the name need `Authorization: Bearer TOKEN`. The same record twice is one run.',
        querystring: {
          type: 'object',
          properties: { runner: { type: 'string', maxLength: 200 } },
        },
        security: [{ runnerToken: [] }],
        response: {
          200: {
            description: 'the same record was already submitted',
            type: 'object',
            properties: {
              id: { type: 'string' },
              status: { type: 'string' },
              duplicate: { type: 'boolean' },
              token: {
                type: 'string',
                description: 'only on the submission that claimed the name',
              },
            },
          },
          202: {
            description: 'stored; verification queued',
            type: 'object',
            properties: {
              id: { type: 'string' },
              status: { type: 'string' },
              token: {
                type: 'string',
                description: 'only on the submission that claimed the name',
              },
            },
          },
          400: errorSchema,
          401: errorSchema,
          404: errorSchema,
          413: errorSchema,
          422: errorSchema,
          429: errorSchema,
        },
      },
    },
    async (req, reply) => {
      const decoded = decodeSubmission(req.body, (req.query as { runner?: string }).runner);
      if (!decoded.ok) return sendError(reply, decoded);
      const name = checkName(decoded.runner);
      if (!name.ok) return sendError(reply, name);
      const parsed = parseSubmittedRecord(decoded.data);
      if (!parsed.ok) return sendError(reply, parsed);
      const record = parsed.record;
      const env = envs.get(record.game.missionId);
      if (!env)
        return sendError(reply, {
          status: 422,
          error: 'unknown_mission',
          message: `this server has no mission '${record.game.missionId}' (it ranks ${[...envs.keys()].join(', ')})`,
        });
      if (!isBoardCategory(env.script, record.run.category))
        return sendError(reply, {
          status: 422,
          error: 'unknown_category',
          message: `category '${record.run.category}' has no leaderboard (boards: ${boardCategories(env.script).join(', ')})`,
        });
      const incompatible = compatibility(record, env) ?? boardProblem(record, env.script);
      if (incompatible)
        return sendError(reply, { status: 422, error: 'not_rankable', message: incompatible });
      const auth = req.headers.authorization;
      const bearer =
        typeof auth === 'string' && /^Bearer /i.test(auth) ? auth.slice(7).trim() : null;
      const claim = await claimRunner(db, name.name, name.key, bearer);
      if (!claim.ok)
        return sendError(reply, {
          status: 401,
          error: claim.reason,
          message:
            claim.reason === 'token_required'
              ? `the name '${name.name}' is taken: send its runner token as Authorization: Bearer TOKEN`
              : `wrong runner token for '${name.name}'`,
        });
      const fresh = await insertRun(db, {
        id: parsed.id,
        runnerKey: name.key,
        mission: record.game.missionId,
        category: record.run.category,
        difficulty: record.run.difficulty,
        claimedIgtTicks: record.result.igtTicks,
        canonical: parsed.canonical,
      });
      if (!fresh) {
        const run = await getRun(db, parsed.id);
        // A duplicate can still be the name's first submission: the claim stands, and its
        // token is given here (it is never shown again).
        return reply.code(200).send({
          id: parsed.id,
          status: run?.status ?? 'pending',
          duplicate: true,
          ...(claim.token ? { token: claim.token } : {}),
        });
      }
      await deps.submitted(parsed.id);
      return reply
        .code(202)
        .header('location', `/api/runs/${parsed.id}`)
        .send({ id: parsed.id, status: 'pending', ...(claim.token ? { token: claim.token } : {}) });
    },
  );

  app.get(
    '/api/runs/:id',
    {
      schema: {
        summary: 'One run and its verification status',
        params: idParam,
        response: { 200: runSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (req, reply) => {
      const run = await getRun(db, (req.params as { id: string }).id);
      if (!run)
        return sendError(reply, { status: 404, error: 'not_found', message: 'no such run' });
      return run;
    },
  );

  app.get(
    '/api/runs/:id/replay',
    {
      schema: {
        summary: 'The run record as submitted (canonical JSON), to watch or verify',
        params: idParam,
        response: { 400: errorSchema, 404: errorSchema },
      },
    },
    async (req, reply) => {
      const id = (req.params as { id: string }).id;
      const text = await getRecordText(db, id);
      if (text === null)
        return sendError(reply, { status: 404, error: 'not_found', message: 'no such run' });
      return reply
        .type('application/json')
        .header('content-disposition', `attachment; filename="shutdown-${id}.replay.json"`)
        .send(text);
    },
  );

  app.get(
    '/api/leaderboards/:mission/:category',
    {
      schema: {
        summary: "Verified runs ranked by IGT, each runner's best, ties sharing a place",
        params: {
          type: 'object',
          required: ['mission', 'category'],
          properties: {
            mission: { type: 'string', maxLength: 64 },
            category: { type: 'string', maxLength: 64 },
          },
        },
        querystring: {
          type: 'object',
          properties: {
            difficulty: { type: 'string', maxLength: 32 },
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
            offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              mission: { type: 'string' },
              category: { type: 'string' },
              difficulty: { type: 'string' },
              total: { type: 'integer' },
              limit: { type: 'integer' },
              offset: { type: 'integer' },
              entries: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    place: { type: 'integer' },
                    id: { type: 'string' },
                    runner: { type: 'string' },
                    igtTicks: { type: 'integer' },
                    igt: { type: 'string' },
                    splits: splitsSchema,
                    submittedAt: { type: 'string' },
                    verifiedAt: { type: 'string' },
                  },
                },
              },
            },
          },
          400: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (req, reply) => {
      const { mission, category } = req.params as { mission: string; category: string };
      const q = req.query as { difficulty?: string; limit: number; offset: number };
      const env = envs.get(mission);
      if (!env)
        return sendError(reply, {
          status: 404,
          error: 'unknown_mission',
          message: `no mission '${mission}'`,
        });
      if (!isBoardCategory(env.script, category))
        return sendError(reply, {
          status: 404,
          error: 'unknown_category',
          message: `no leaderboard for category '${category}' (boards: ${boardCategories(env.script).join(', ')})`,
        });
      const difficulties = difficultiesOf(env.script);
      const difficulty = q.difficulty ?? categoriesOf(env.script).difficulty.default;
      if (!difficulties.includes(difficulty))
        return sendError(reply, {
          status: 400,
          error: 'unknown_difficulty',
          message: `difficulty must be one of ${difficulties.join(', ')}`,
        });
      const b = await board(db, {
        mission,
        category,
        difficulty,
        limit: q.limit,
        offset: q.offset,
      });
      return { mission, category, difficulty, limit: q.limit, offset: q.offset, ...b };
    },
  );

  serveDist(app, deps.config.distDir);
  return app;
}
