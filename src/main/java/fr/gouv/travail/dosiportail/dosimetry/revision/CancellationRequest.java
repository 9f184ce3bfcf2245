package fr.gouv.travail.dosiportail.dosimetry.revision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a dose record no longer counts (it stays readable in the history of versions). */
public record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
}
