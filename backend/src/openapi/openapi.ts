// OpenAPI at /api/docs, derived from the routes themselves: each controller's paths and methods, the roles
// that may call them, the zod schemas their pipes validate with, and the answers the contract package
// (@credit/contract/api) describes. Nothing to keep in sync by hand.
import { API_RESPONSES } from '@credit/contract/api';
import { createRequire } from 'node:module';
import path from 'node:path';
import { RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { PUBLIC_KEY, ROLES_KEY } from '../identity/current-user.ts';
import { type ListSpec, ListQueryPipe } from '../common/list-query.ts';
import { ZodPipe } from '../common/validation.ts';
import { XLSX } from '../common/downloads.ts';

type Operation = Record<string, unknown>;

/** One route as the app declares it: what the docs show and what the bad-input e2e corpus walks. */
export interface RouteInfo {
  method: string;
  /** OpenAPI form: '/api/units/{id}'. */
  path: string;
  tag: string;
  operationId: string;
  roles: string[] | undefined;
  isPublic: boolean;
  body?: z.ZodType;
  query?: z.ZodType;
  list?: ListSpec<z.ZodObject>;
}

function routeSchemas(controller: object, handler: string): Pick<RouteInfo, 'body' | 'query' | 'list'> {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller.constructor, handler) ?? {}) as Record<
    string,
    { pipes?: unknown[] }
  >;
  const found: Pick<RouteInfo, 'body' | 'query' | 'list'> = {};
  for (const [key, arg] of Object.entries(args)) {
    const list = arg.pipes?.find((p): p is ListQueryPipe<z.ZodObject> => p instanceof ListQueryPipe);
    if (list) found.list = list.spec;
    const pipe = arg.pipes?.find((p): p is ZodPipe<z.ZodType> => p instanceof ZodPipe);
    if (!pipe) continue;
    const schema = (pipe as unknown as { schema: z.ZodType }).schema;
    // Nest's RouteParamtypes: 3 = BODY, 4 = QUERY.
    if (key.startsWith('3:')) found.body = schema;
    if (key.startsWith('4:')) found.query = schema;
  }
  return found;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): unknown {
  try {
    return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  } catch {
    return {};
  }
}

export function describeRoutes(app: NestExpressApplication): RouteInfo[] {
  const routes: RouteInfo[] = [];
  const scanner = new MetadataScanner();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, instance.constructor) ?? '');
      const classRoles = Reflect.getMetadata(ROLES_KEY, instance.constructor) as string[] | undefined;
      for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = (instance as Record<string, unknown>)[name] as object;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (method === undefined || sub === undefined) continue;
        routes.push({
          method: RequestMethod[method].toLowerCase(),
          path: '/api/' + [base, sub].filter((s) => s && s !== '/').join('/').replace(/:(\w+)/g, '{$1}'),
          tag: base,
          operationId: `${base}.${name}`,
          roles: (Reflect.getMetadata(ROLES_KEY, handler) as string[] | undefined) ?? classRoles,
          isPublic: Reflect.getMetadata(PUBLIC_KEY, handler) === true,
          ...routeSchemas(instance, name),
        });
      }
    }
  }
  return routes;
}

/** The 200 answer, with its schema when the contract describes the route's answer. */
function success(method: string, route: string): Operation {
  const schema = API_RESPONSES[`${method} ${route}`];
  if (route.endsWith('.xlsx')) return { description: '成功（Excel 文件）', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } };
  return { description: '成功', ...(schema ? { content: { 'application/json': { schema: jsonSchema(schema, 'output') } } } : {}) };
}

export function buildOpenApiDocument(app: NestExpressApplication): Record<string, unknown> {
  const paths: Record<string, Record<string, Operation>> = {};
  for (const { method, path: route, tag, operationId, roles, isPublic, body, query, list } of describeRoutes(app)) {
    const op: Operation = {
      tags: [tag],
      operationId,
      summary: isPublic ? '公开' : roles ? `角色：${roles.join('、')}` : '任何已登录用户',
      ...(isPublic ? { security: [] } : {}),
      parameters: [...route.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
      ...(query ? { 'x-query-schema': jsonSchema(query) } : {}),
      ...(list ? { 'x-list': { sortable: list.sortable, defaultSort: list.defaultSort, filter: jsonSchema(list.filter) } } : {}),
      ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(body) } } } } : {}),
      responses: { '200': success(method, route), '400': { description: '输入有误：{ message, errors: { 字段: 说明 } }' } },
    };
    paths[route] ??= {};
    paths[route][method] = op;
  }
  return {
    openapi: '3.1.0',
    info: { title: '信用办督查考核平台 API', version: '1.0.0', description: '列表接口遵循 react-admin simple-rest 约定（sort、range、filter，Content-Range 响应头）。' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths,
  };
}

export function mountOpenApi(app: NestExpressApplication): void {
  const require = createRequire(import.meta.url);
  const uiDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  let document: Record<string, unknown> | undefined;
  app.useStaticAssets(uiDir, { prefix: '/api/docs/assets/', index: false });
  app.use('/api/docs/openapi.json', (_req: Request, res: Response) => {
    document ??= buildOpenApiDocument(app);
    res.json(document);
  });
  // A file, not an inline script: the Content-Security-Policy allows scripts of our origin only.
  app.use('/api/docs/init.js', (_req: Request, res: Response) => {
    res.type('js').send("SwaggerUIBundle({ url: '/api/docs/openapi.json', dom_id: '#ui' });\n");
  });
  app.use('/api/docs', (req: Request, res: Response, next: () => void) => {
    if (req.path !== '/' && req.path !== '') return next();
    res.type('html').send(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>接口文档 · 信用办督查考核平台</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`);
  });
}
