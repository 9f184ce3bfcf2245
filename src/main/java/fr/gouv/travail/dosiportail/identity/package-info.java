/** Who is calling: OpenID Connect login (FranceConnect, ProConnect), OAuth2 API clients and the local identity provider of the default run. */
@org.springframework.modulith.ApplicationModule
package fr.gouv.travail.dosiportail.identity;
