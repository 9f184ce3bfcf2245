package fr.gouv.travail.dosiportail.access;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dosiportail.access.*}.
 *
 * @param crpWindow the reading of the CRP's window (R.4451-69 I); see {@link CrpWindow}
 */
@Validated
@ConfigurationProperties("dosiportail.access")
public record AccessSettings(@NotNull CrpWindow crpWindow) {

    public AccessSettings {
        crpWindow = crpWindow == null ? CrpWindow.OVERLAPPING_EMPLOYMENT : crpWindow;
    }
}
