/**
 * Who may see or do what with a worker's data, from dated relationships and delegations.
 *
 * <p>The relationships are those of the référentiel (designations of the MDT and the CRP, employment periods) and
 * the MDT's delegations ({@code access.delegation}). The policy reads the référentiel tables directly in SQL
 * ({@code registry.*}): every rule is an SQL fragment, so that a list is filtered and paged in the database and a
 * single decision uses the very same fragment.
 */
@org.springframework.modulith.ApplicationModule
package fr.gouv.travail.dosiportail.access;
