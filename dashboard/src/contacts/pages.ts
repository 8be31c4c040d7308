export { ContactList } from './ContactList';
export { ContactShow } from './ContactShow';
export { ContactEdit, ContactCreate } from './ContactEdit';
