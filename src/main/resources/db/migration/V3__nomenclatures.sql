-- Nomenclatures of activity domains, sectors and occupations (arrêté du 26 juin 2019, art. 21 II).
-- The official code lists were not found (see docs): these are built on the domains and sectors of the
-- IRSN/ASNR national report. Codes are stable; a label may change, a code is ended with valid_to, never reused.

insert into registry.activity_domain (code, label_fr, label_en, display_order) values
('MED', 'Médical', 'Medical', 10),
('DENT', 'Dentaire', 'Dental', 20),
('VET', 'Vétérinaire', 'Veterinary', 30),
('NUC', 'Nucléaire (civil)', 'Nuclear industry (civil)', 40),
('IND', 'Industrie non nucléaire', 'Non-nuclear industry', 50),
('RECH', 'Recherche et enseignement', 'Research and teaching', 60),
('NAT', 'Radioactivité naturelle (aviation, NORM, radon)', 'Natural radioactivity (aviation, NORM, radon)', 70),
('DEF', 'Défense', 'Defence', 80),
('DIV', 'Divers / non déterminé', 'Other / not determined', 90);

insert into registry.activity_sector (code, domain_code, label_fr, label_en) values
-- médical
('MED_RADIO_CONV', 'MED', 'Radiologie conventionnelle (radiodiagnostic, mammographie)', 'Conventional radiology (diagnostic, mammography)'),
('MED_SCANNER', 'MED', 'Scanographie', 'Computed tomography'),
('MED_RADIO_INTERV', 'MED', 'Radiologie interventionnelle', 'Interventional radiology'),
('MED_CARDIO_INTERV', 'MED', 'Cardiologie interventionnelle', 'Interventional cardiology'),
('MED_BLOC', 'MED', 'Bloc opératoire (pratiques interventionnelles radioguidées)', 'Operating theatre (image-guided procedures)'),
('MED_NUCL', 'MED', 'Médecine nucléaire', 'Nuclear medicine'),
('MED_RADIOTH', 'MED', 'Radiothérapie', 'Radiotherapy'),
('MED_TRAVAIL', 'MED', 'Médecine du travail et dispensaires', 'Occupational medicine and dispensaries'),
('MED_LABO_RIA', 'MED', 'Laboratoires d''analyses (RIA)', 'Analysis laboratories (RIA)'),
('MED_SANG', 'MED', 'Irradiation de produits sanguins', 'Blood product irradiation'),
('MED_TRANSPORT', 'MED', 'Transport médical', 'Medical transport'),
('MED_MAINT', 'MED', 'Logistique et maintenance (médical)', 'Logistics and maintenance (medical)'),
('MED_AUTRE', 'MED', 'Autre activité médicale', 'Other medical activity'),
-- dentaire
('DENT_CABINET', 'DENT', 'Soins dentaires (cabinet)', 'Dental care (practice)'),
('DENT_CENTRE', 'DENT', 'Centre de santé dentaire', 'Dental health centre'),
('DENT_AUTRE', 'DENT', 'Autre activité dentaire', 'Other dental activity'),
-- vétérinaire
('VET_CANINE', 'VET', 'Médecine vétérinaire (animaux de compagnie)', 'Veterinary medicine (pets)'),
('VET_EQUINE', 'VET', 'Médecine vétérinaire équine', 'Equine veterinary medicine'),
('VET_AUTRE', 'VET', 'Autre activité vétérinaire', 'Other veterinary activity'),
-- nucléaire civil
('NUC_REACTEURS', 'NUC', 'Réacteurs et production d''énergie', 'Reactors and energy production'),
('NUC_CYCLE', 'NUC', 'Cycle du combustible ; démantèlement', 'Fuel cycle; decommissioning'),
('NUC_TRANSPORT', 'NUC', 'Transport', 'Transport'),
('NUC_MAINT', 'NUC', 'Logistique et maintenance (prestataires)', 'Logistics and maintenance (contractors)'),
('NUC_DECHETS', 'NUC', 'Effluents, déchets', 'Effluents, waste'),
('NUC_AUTRE', 'NUC', 'Autres (nucléaire)', 'Others (nuclear)'),
-- industrie non nucléaire
('IND_GAMMA', 'IND', 'Radiographie industrielle / gammagraphie', 'Industrial radiography / gamma radiography'),
('IND_CND', 'IND', 'Contrôle non destructif (autre que radiographie)', 'Non-destructive testing (other than radiography)'),
('IND_IRRADIATION', 'IND', 'Irradiation industrielle (stérilisation, ionisation)', 'Industrial irradiation (sterilisation)'),
('IND_JAUGES', 'IND', 'Jauges et analyseurs', 'Gauges and analysers'),
('IND_CYCLOTRON', 'IND', 'Production de radio-isotopes (cyclotrons)', 'Radioisotope production (cyclotrons)'),
('IND_SOURCES', 'IND', 'Fabrication et distribution de sources', 'Source manufacture and distribution'),
('IND_CONTROLE', 'IND', 'Inspections, expertise et contrôle', 'Inspection, expertise and control'),
('IND_AUTRE', 'IND', 'Autre industrie', 'Other industry'),
-- recherche et enseignement
('RECH_NUC', 'RECH', 'Recherche nucléaire', 'Nuclear research'),
('RECH_MED', 'RECH', 'Recherche médicale et biologique', 'Medical and biological research'),
('RECH_AUTRE', 'RECH', 'Recherche (autre que nucléaire et médicale) et enseignement', 'Research (other than nuclear and medical) and teaching'),
-- radioactivité naturelle
('NAT_AVIATION', 'NAT', 'Aviation civile (personnel navigant)', 'Civil aviation (aircrew)'),
('NAT_NORM_MINES', 'NAT', 'Mines et traitement des minerais (NORM)', 'Mining and ore processing (NORM)'),
('NAT_NORM_MATIERES', 'NAT', 'Manipulation et stockage de matières premières naturellement radioactives (NORM)', 'Handling and storage of naturally radioactive raw materials (NORM)'),
('NAT_RADON', 'NAT', 'Radon d''origine géologique (lieux souterrains, thermalisme)', 'Geological radon (underground workplaces, spas)'),
('NAT_AUTRE', 'NAT', 'Autre exposition naturelle', 'Other natural exposure'),
-- défense
('DEF_PROPULSION', 'DEF', 'Propulsion nucléaire', 'Nuclear propulsion'),
('DEF_ARMES', 'DEF', 'Armes nucléaires', 'Nuclear weapons'),
('DEF_AVIATION', 'DEF', 'Personnel navigant militaire', 'Military aircrew'),
('DEF_AUTRE', 'DEF', 'Autre activité de défense', 'Other defence activity'),
-- divers
('DIV_CRISE', 'DIV', 'Gestion de crise', 'Crisis management'),
('DIV_ETRANGER', 'DIV', 'Activités à l''étranger', 'Activities abroad'),
('DIV_TRANSPORT', 'DIV', 'Transport non précisé', 'Unspecified transport'),
('DIV_NON_DETERMINE', 'DIV', 'Activité non déterminée', 'Activity not determined');

insert into registry.occupation (code, domain_code, label_fr, label_en) values
-- médical
('MERM', 'MED', 'Manipulateur en électroradiologie médicale', 'Radiographer (medical imaging technologist)'),
('RADIOLOGUE', 'MED', 'Radiologue', 'Radiologist'),
('CARDIO_INTERV', 'MED', 'Cardiologue interventionnel', 'Interventional cardiologist'),
('CHIRURGIEN', 'MED', 'Chirurgien', 'Surgeon'),
('ANESTHESISTE', 'MED', 'Médecin anesthésiste', 'Anaesthetist'),
('MEDECIN_NUCL', 'MED', 'Médecin nucléaire', 'Nuclear medicine physician'),
('RADIOTHERAPEUTE', 'MED', 'Radiothérapeute (oncologue radiothérapeute)', 'Radiation oncologist'),
('PHYSICIEN_MED', 'MED', 'Physicien médical', 'Medical physicist'),
('IBODE', 'MED', 'Infirmier de bloc opératoire', 'Operating theatre nurse'),
('INFIRMIER', 'MED', 'Infirmier', 'Nurse'),
('AIDE_SOIGNANT', 'MED', 'Aide-soignant', 'Nursing assistant'),
('RADIOPHARMACIEN', 'MED', 'Radiopharmacien', 'Radiopharmacist'),
('BRANCARDIER', 'MED', 'Brancardier', 'Porter'),
('TECH_BIOMED', 'MED', 'Technicien biomédical', 'Biomedical technician'),
-- dentaire
('DENTISTE', 'DENT', 'Chirurgien-dentiste', 'Dentist'),
('ASSISTANT_DENTAIRE', 'DENT', 'Assistant dentaire', 'Dental assistant'),
('ORTHODONTISTE', 'DENT', 'Orthodontiste', 'Orthodontist'),
-- vétérinaire
('VETERINAIRE', 'VET', 'Vétérinaire', 'Veterinarian'),
('ASV', 'VET', 'Auxiliaire spécialisé vétérinaire', 'Veterinary nurse'),
-- nucléaire
('AGENT_MAINT_NUC', 'NUC', 'Agent de maintenance nucléaire', 'Nuclear maintenance worker'),
('ECHAFAUDEUR', 'NUC', 'Échafaudeur', 'Scaffolder'),
('CALORIFUGEUR', 'NUC', 'Calorifugeur', 'Thermal insulation worker'),
('ROBINETIER', 'NUC', 'Robinetier', 'Valve technician'),
('SOUDEUR', 'NUC', 'Soudeur', 'Welder'),
('MECANICIEN', 'NUC', 'Mécanicien', 'Mechanic'),
('DECONTAMINEUR', 'NUC', 'Décontamineur', 'Decontamination worker'),
('TECH_RP', 'NUC', 'Technicien en radioprotection', 'Radiation protection technician'),
('OPERATEUR_CONDUITE', 'NUC', 'Opérateur de conduite', 'Reactor operator'),
('LOGISTICIEN_NUC', 'NUC', 'Logisticien nucléaire', 'Nuclear logistics worker'),
('AGENT_DECHETS', 'NUC', 'Agent de traitement des déchets', 'Waste treatment worker'),
-- industrie
('RADIOGRAPHE_IND', 'IND', 'Radiographe industriel', 'Industrial radiographer'),
('TECH_CND', 'IND', 'Technicien en contrôle non destructif', 'Non-destructive testing technician'),
('OPERATEUR_IRRAD', 'IND', 'Opérateur d''irradiateur', 'Irradiator operator'),
('TECH_MAINT_CYCLO', 'IND', 'Technicien de maintenance de cyclotron', 'Cyclotron maintenance technician'),
('OPERATEUR_JAUGE', 'IND', 'Opérateur de jauges', 'Gauge operator'),
-- recherche
('CHERCHEUR', 'RECH', 'Chercheur', 'Researcher'),
('TECH_LABO', 'RECH', 'Technicien de laboratoire', 'Laboratory technician'),
('ENSEIGNANT', 'RECH', 'Enseignant', 'Teacher'),
('DOCTORANT', 'RECH', 'Doctorant', 'PhD student'),
-- naturel
('PILOTE', 'NAT', 'Pilote de ligne', 'Airline pilot'),
('PNC', 'NAT', 'Personnel navigant commercial', 'Cabin crew'),
('MINEUR', 'NAT', 'Mineur', 'Miner'),
('OPERATEUR_NORM', 'NAT', 'Opérateur d''installation NORM', 'NORM plant operator'),
('AGENT_THERMAL', 'NAT', 'Agent d''établissement thermal', 'Spa worker'),
('AGENT_SOUTERRAIN', 'NAT', 'Agent en lieu souterrain', 'Underground workplace worker'),
-- défense
('MILITAIRE_NUC', 'DEF', 'Militaire (activités nucléaires)', 'Military personnel (nuclear activities)'),
('PN_MILITAIRE', 'DEF', 'Personnel navigant militaire', 'Military aircrew'),
-- divers
('INSPECTEUR', 'DIV', 'Inspecteur / expert', 'Inspector / expert'),
('AUTRE_METIER', 'DIV', 'Autre métier', 'Other occupation'),
('METIER_NON_DETERMINE', 'DIV', 'Métier non déterminé', 'Occupation not determined');
