export { AssessmentList } from './AssessmentList';
export { AssessmentShow } from './AssessmentShow';
