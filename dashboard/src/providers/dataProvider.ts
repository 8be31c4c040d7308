import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL, httpClient } from './http';

/**
 * ra-data-simple-rest dialect on /api: GET /api/<resource>?sort=&range=&filter= answered with a
 * JSON array and `Content-Range`; every request carries `Authorization: Bearer <token>`.
 */
export const dataProvider = simpleRestProvider(API_URL, httpClient);
