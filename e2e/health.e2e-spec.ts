import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { API_RESPONSES, LIST_EXPORTS } from '@credit/contract/api';
import { startTestApp, type TestApp } from './support/test-app.ts';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves the OpenAPI document and its viewer at /api/docs', async () => {
    const doc = await t.http().get('/api/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    for (const path of ['/api/units', '/api/submissions', '/api/compliance/ranking', '/api/auth/login', '/api/circulars/{id}/publish']) {
      expect(doc.body.paths).toHaveProperty([path]);
    }
    // Request bodies come from the same zod schemas that validate them.
    const filing = doc.body.paths['/api/submissions'].post.requestBody.content['application/json'].schema;
    expect(filing.properties).toHaveProperty('counts');
    expect(filing.required).toEqual(expect.arrayContaining(['obligationId', 'kind']));
    // Answers come from the contract package the dashboard and these tests read them with; each of its
    // routes exists (a renamed route must take its contract entry along).
    for (const key of Object.keys(API_RESPONSES)) {
      const [method, path] = key.split(' ');
      expect([key, doc.body.paths[path]?.[method]?.responses['200'].content['application/json'].schema]).toEqual([key, expect.anything()]);
    }
    // Every list resource exports its filtered list as .xlsx (the contract names them).
    for (const resource of LIST_EXPORTS) {
      const key = `get /api/${resource}/export.xlsx`;
      expect([key, Object.keys(doc.body.paths[`/api/${resource}/export.xlsx`]?.get?.responses['200'].content ?? {})]).toEqual([
        key,
        ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ]);
    }
    const figures = doc.body.paths['/api/dashboard/figures'].get.responses['200'].content['application/json'].schema;
    expect(figures.required).toEqual(expect.arrayContaining(['onTimeRate', 'unitsOverdue']));
    const page = await t.http().get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('接口文档');
  });

  it('reports the database', async () => {
    const res = await t.http().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: 'ok' });
  });
});
