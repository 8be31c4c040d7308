export { AssignmentList } from './AssignmentList';
export { AssignmentShow } from './AssignmentShow';
export { AssignmentEdit, AssignmentCreate } from './AssignmentEdit';
