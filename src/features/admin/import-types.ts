// The data sources an admin may choose, for the upload page; the import functions' inputs and answers
// are typed by their contract (@core/api/contract/imports).
export { IMPORT_SOURCES } from '@core/api/vocabulary'
