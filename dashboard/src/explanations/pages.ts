export { ExplanationList } from './ExplanationList';
export { ExplanationShow } from './ExplanationShow';
