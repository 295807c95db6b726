/**
 * The report (docs/report.md): the paper's figures with their data and SQL, provenance and run health, as an HTML
 * page, a notebook and PNG and SVG files.
 */
package org.adainit.jobs.report;
