package de.qer.json;

import de.qer.docs.Aktivitaet;
import de.qer.docs.Angebotsart;
import de.qer.docs.Beratungsvermerk;
import de.qer.docs.Eigenbemuehungen;
import de.qer.docs.Folgegespraech;
import de.qer.docs.Handlungsstrategie;
import de.qer.docs.Integrationsprognose;
import de.qer.docs.Kooperationsplan;
import de.qer.docs.KpUeberpruefung;
import de.qer.docs.KursVorrang;
import de.qer.docs.OffenerVermerkpunkt;
import de.qer.docs.Potenzialanalyse;
import de.qer.docs.Profillage;
import de.qer.docs.QuerDokumentation;
import de.qer.docs.Seite;
import de.qer.docs.Sofortangebot;
import de.qer.docs.Strategie;
import de.qer.docs.Vermerkart;
import de.qer.docs.Vermerkpunkt;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON of qer-docs' documents: the QuEr documentation ({@code QuerDokumentation}), the follow-up
 * interview, the Beratungsvermerk, the Kooperationsplan, its review and their parts. Register it beside
 * {@link QerJsonModule} (which maps the qer-core types inside the documents) when the host uses
 * qer-docs; qer-json itself depends on qer-docs only optionally ({@code requires static}).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new QerJsonModule()).addModule(new QerDocsJsonModule()).build();
 * }</pre>
 *
 * <p>The same rules hold as for qer-core's types (every property required, unknown ones an error,
 * enums by their frozen codes). A property the model allows to be missing (the validation then reports
 * it) is written as {@code null}. The validation reports of qer-docs are not mapped.
 */
public final class QerDocsJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module's name, as Jackson reports it. */
    public static final String NAME = "qer-json-docs";

    /** Creates the module. */
    public QerDocsJsonModule() {
        super(NAME, Version.unknownVersion());
        both(Seite.class, DocsCodecs.SEITE);
        both(Vermerkart.class, DocsCodecs.VERMERKART);
        both(KursVorrang.class, DocsCodecs.KURS_VORRANG);
        both(Profillage.class, DocsCodecs.PROFILLAGE);
        both(Angebotsart.class, DocsCodecs.ANGEBOTSART);
        both(Strategie.class, DocsCodecs.STRATEGIE);
        both(Vermerkpunkt.class, DocsCodecs.VERMERKPUNKT);
        both(Aktivitaet.class, DocsCodecs.AKTIVITAET);
        both(Eigenbemuehungen.class, DocsCodecs.EIGENBEMUEHUNGEN);
        both(OffenerVermerkpunkt.class, DocsCodecs.OFFENER_VERMERKPUNKT);
        both(Potenzialanalyse.class, DocsCodecs.POTENZIALANALYSE);
        both(Integrationsprognose.class, DocsCodecs.INTEGRATIONSPROGNOSE);
        both(Handlungsstrategie.class, DocsCodecs.HANDLUNGSSTRATEGIE);
        both(Sofortangebot.class, DocsCodecs.SOFORTANGEBOT);
        both(Beratungsvermerk.class, DocsCodecs.BERATUNGSVERMERK);
        both(Kooperationsplan.class, DocsCodecs.KOOPERATIONSPLAN);
        both(KpUeberpruefung.class, DocsCodecs.KP_UEBERPRUEFUNG);
        both(QuerDokumentation.class, DocsCodecs.QUER_DOKUMENTATION);
        both(Folgegespraech.class, DocsCodecs.FOLGEGESPRAECH);
    }

    private <T> void both(Class<T> type, Codec<T> codec) {
        addSerializer(type, new CodecSerializer<>(codec));
        addDeserializer(type, new CodecDeserializer<>(type, codec));
    }
}
