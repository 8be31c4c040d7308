export { ExemptionList } from './ExemptionList';
