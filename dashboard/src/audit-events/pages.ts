export { AuditEventList } from './AuditEventList';
export { AuditEventShow } from './AuditEventShow';
