export { NoticeList } from './NoticeList';
export { NoticeShow } from './NoticeShow';
