export { StreamList } from './StreamList';
export { StreamShow } from './StreamShow';
export { StreamEdit, StreamCreate } from './StreamEdit';
