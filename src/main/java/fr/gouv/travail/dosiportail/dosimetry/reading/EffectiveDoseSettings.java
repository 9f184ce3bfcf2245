package fr.gouv.travail.dosiportail.dosimetry.reading;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dosiportail.dosimetry.effective-dose.*}.
 *
 * @param countOperational whether operational (active) dosimetry counts in the effective dose where no passive result
 *     exists for the worker and period (R.4451-65; default false: operational results are kept apart)
 */
@ConfigurationProperties("dosiportail.dosimetry.effective-dose")
public record EffectiveDoseSettings(boolean countOperational) {
}
