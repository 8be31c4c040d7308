export { AssessmentList } from './AssessmentList';
export { AssessmentShow } from './AssessmentShow';
export { MyAssessment } from './MyAssessment';
