package fr.gouv.travail.dosiportail.demo.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Which dosimetry a work post calls for (R.4451-65): whole body always, plus extremities, lens, neutrons, internal, radon. */
final class MonitoringTypes {
    private static final double MISSING = 0.03;

    private MonitoringTypes() {
    }

    static List<String> forSector(Random random, String sector) {
        if (random.nextDouble() < MISSING) {
            return List.of();
        }
        List<String> types = new ArrayList<>(List.of("EXTERNAL_WHOLE_BODY"));
        switch (sector) {
            case "MED_RADIO_INTERV", "MED_CARDIO_INTERV", "MED_BLOC" -> {
                types.add("EXTREMITIES");
                types.add("LENS");
            }
            case "MED_NUCL", "IND_CYCLOTRON" -> {
                types.add("EXTREMITIES");
                types.add("INTERNAL");
            }
            case "NUC_REACTEURS", "DEF_PROPULSION" -> {
                if (random.nextInt(4) == 0) {
                    types.add("NEUTRONS");
                }
            }
            case "NUC_CYCLE", "NUC_DECHETS" -> types.add("INTERNAL");
            case "NAT_RADON", "NAT_NORM_MINES" -> types.add("RADON");
            default -> {
            }
        }
        return List.copyOf(types);
    }
}
