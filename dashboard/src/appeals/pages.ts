export { AppealList } from './AppealList';
