export { SubmissionList } from './SubmissionList';
export { SubmissionShow } from './SubmissionShow';
export { SubmissionCreate } from './SubmissionCreate';
