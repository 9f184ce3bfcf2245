package fr.gouv.travail.dosiportail.surveillance.alert;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dosiportail.surveillance.alerts.*}: the readings docs/rules/alerts.md explains, safer ones by default.
 *
 * @param categoryAEffectiveMsv R.4451-57 I 1°: E over 12 months above which a worker is category A
 * @param categoryALensMsv R.4451-57 I 2°: lens
 * @param categoryAExtremityMsv R.4451-57 I 3°: skin and extremities
 * @param significantFraction R.4451-74 / ASN guide: more than this fraction of an annual limit in one record
 */
@ConfigurationProperties("dosiportail.surveillance.alerts")
public record AlertSettings(BigDecimal categoryAEffectiveMsv, BigDecimal categoryALensMsv,
                            BigDecimal categoryAExtremityMsv, BigDecimal significantFraction) {

    public AlertSettings {
        categoryAEffectiveMsv = categoryAEffectiveMsv == null ? new BigDecimal("6") : categoryAEffectiveMsv;
        categoryALensMsv = categoryALensMsv == null ? new BigDecimal("15") : categoryALensMsv;
        categoryAExtremityMsv = categoryAExtremityMsv == null ? new BigDecimal("150") : categoryAExtremityMsv;
        significantFraction = significantFraction == null ? new BigDecimal("0.25") : significantFraction;
    }
}
