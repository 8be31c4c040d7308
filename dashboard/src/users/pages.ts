export { UserList } from './UserList';
export { UserShow } from './UserShow';
export { UserEdit, UserCreate } from './UserEdit';
