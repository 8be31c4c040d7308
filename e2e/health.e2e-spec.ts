import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
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
