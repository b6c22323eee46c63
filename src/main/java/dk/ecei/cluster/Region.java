package dk.ecei.cluster;

/** The five Danish regions; their names in each language are the messages {@code region.<VALUE>}. */
public enum Region {
    HOVEDSTADEN,
    SJAELLAND,
    SYDDANMARK,
    MIDTJYLLAND,
    NORDJYLLAND
}
