package fr.gouv.travail.dosiportail.access;

import fr.gouv.travail.dosiportail.journal.DataKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An MDT granted a delegation (R.4451-68 II); published in the granting transaction. */
public record DelegationGranted(UUID delegationId, String delegatingRpps, String delegateKind, String delegateRpps,
                                String delegateEmail, List<String> sirets, Set<DataKind> dataKinds,
                                LocalDate validFrom, LocalDate validTo, String grantedBy) {
}
