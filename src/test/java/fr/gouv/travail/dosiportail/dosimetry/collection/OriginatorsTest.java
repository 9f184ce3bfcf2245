package fr.gouv.travail.dosiportail.dosimetry.collection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.core.Luhn;
import fr.gouv.travail.dosiportail.core.Rpps;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may send what (DOSIMETRY.md §6), over every actor kind × originator kind × monitoring kind, with the caller's
 * own identifier and with another one. The expected answer is written as the rule's sentences, not as the code.
 */
class OriginatorsTest {

    static final String LAB = "LAB-1";
    static final String RPPS = "1000123456" + Luhn.checkDigit("1000123456");

    static Actor actor(ActorKind kind) {
        return new Actor(kind, "subject", "Nom", Optional.empty(),
                kind == ActorKind.OCCUPATIONAL_PHYSICIAN ? Optional.of(new Rpps(RPPS)) : Optional.empty(),
                kind == ActorKind.ACCREDITED_BODY ? Optional.of(LAB) : Optional.empty(), Optional.empty());
    }

    static Stream<Arguments> everyCombination() {
        List<Arguments> cases = new ArrayList<>();
        for (ActorKind actor : ActorKind.values()) {
            for (OriginatorKind originator : OriginatorKind.values()) {
                for (MonitoringKind monitoring : MonitoringKind.values()) {
                    for (boolean own : new boolean[] {true, false}) {
                        cases.add(Arguments.of(actor, originator, monitoring, own, expected(actor, originator, monitoring, own)));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** The rule in words: the operator anything; a lab its own non-MDT results; the MDT its own MDT-only entries. */
    static boolean expected(ActorKind actor, OriginatorKind originator, MonitoringKind monitoring, boolean own) {
        boolean mdtOnly = monitoring == MonitoringKind.INTERNAL_COMMITTED_BY_MDT
                || monitoring == MonitoringKind.MDT_NON_ACCREDITED_SOURCE;
        return switch (actor) {
            case OPERATOR -> true;
            case ACCREDITED_BODY -> own && !mdtOnly && (originator == OriginatorKind.ACCREDITED_BODY
                    || originator == OriginatorKind.AIRCREW_DOSE_SERVICE);
            case OCCUPATIONAL_PHYSICIAN -> own && mdtOnly && originator == OriginatorKind.OCCUPATIONAL_PHYSICIAN;
            default -> false;
        };
    }

    @ParameterizedTest(name = "{0} sending {1} {2} (own id: {3}) → {4}")
    @MethodSource("everyCombination")
    void onlyTheRightCallerMaySendEachKindOfResult(ActorKind actor, OriginatorKind originator, MonitoringKind monitoring,
                                                    boolean own, boolean allowed) {
        String id = own ? (originator == OriginatorKind.OCCUPATIONAL_PHYSICIAN ? RPPS : LAB)
                : originator == OriginatorKind.OCCUPATIONAL_PHYSICIAN ? "10000000017" : "LAB-OTHER";
        if (own && actor == ActorKind.OCCUPATIONAL_PHYSICIAN && originator != OriginatorKind.OCCUPATIONAL_PHYSICIAN) {
            id = RPPS; // an MDT naming its RPPS under another originator kind is still refused
        }
        assertThat(Originators.mayOriginate(actor(actor), originator, id, monitoring)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void onlyTheMdtMayEnterAResultThatDoesNotComeFromAnAccreditedBody(ActorKind actor) {
        boolean allowed = Originators.mayOriginate(actor(actor), OriginatorKind.OCCUPATIONAL_PHYSICIAN, RPPS,
                MonitoringKind.MDT_NON_ACCREDITED_SOURCE);
        assertThat(allowed).isEqualTo(actor == ActorKind.OCCUPATIONAL_PHYSICIAN || actor == ActorKind.OPERATOR);
    }

    static Stream<ActorKind> kinds() {
        return Stream.of(ActorKind.values());
    }
}
