/**
 * Bulk import of members and candidates already on paper (or in another system): a CSV file is
 * checked row by row, reported line by line and column by column, and imported in one transaction
 * only when the user accepts the outcome. Progress is kept in the database, since any node may be
 * asked how far an import is.
 */
package vn.partyadmission.registerimport;
