export { RecordList } from './RecordList';
export { RecordShow } from './RecordShow';
