export { CircularList } from './CircularList';
export { CircularShow } from './CircularShow';
export { CircularCreate, CircularEdit } from './CircularEdit';
